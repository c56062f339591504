//! The annual report as one self-contained HTML file: inline CSS, inline SVG
//! bar charts, no external assets, so a director can send it as it is.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{AnnualReport, Grid};

fn grid(g: &Grid) -> String {
    table(&g.columns, &g.rows)
}

/// The start of a page: its title and the one stylesheet every page
/// shares (screen and print), up to the opened body.
pub fn head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>\
         body{{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}}\
         h1{{font-size:1.6rem}}h2{{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd}}\
         table{{border-collapse:collapse;margin:.5rem 0}}td,th{{border:1px solid #ccd;padding:.25rem .6rem;text-align:left}}\
         th{{background:#eef2f7}}.figures{{display:flex;flex-wrap:wrap;gap:1rem}}\
         .figure{{border:1px solid #ccd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}}\
         .figure b{{display:block;font-size:1.5rem}}.note{{color:#556;font-size:.9rem}}\
         td.n{{text-align:right;font-variant-numeric:tabular-nums}}\
         .appendix table{{font-size:.8rem}}.appendix td{{white-space:nowrap}}\
         svg{{max-width:100%;height:auto}}\
         @page{{margin:15mm}}\
         @media print{{body{{max-width:none;margin:0;font-size:10pt}}\
         section{{break-before:page}}section:first-of-type{{break-before:auto}}\
         h2{{break-after:avoid}}tr,svg,.figure{{break-inside:avoid}}\
         thead{{display:table-header-group}}table{{max-width:100%}}\
         .appendix td{{white-space:normal}}.appendix table{{font-size:7.5pt}}}}\
         nav{{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;border-bottom:1px solid #ccd;padding:.4rem 0}}\
         nav a{{color:#1d4f91}}@media print{{nav{{display:none}}}}\
         .subtitle{{font-size:1.1rem;margin-top:-.5rem}}.intro{{max-width:45rem}}\
         </style></head><body>",
        esc(title)
    )
}

/// Escape text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart of labelled counts, as inline SVG.
pub fn bar_chart(title: &str, data: &[(String, i64)]) -> String {
    let row = 24;
    // Room for the longest label (about 7 px a character at 13 px).
    let longest = data
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let label_w = (longest as i64 * 7 + 16).max(120);
    let bar_w = 360;
    let height = row * data.len().max(1) + 8;
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">",
        esc(title),
        label_w + bar_w + 60,
        label_w + bar_w + 60
    );
    for (i, (label, value)) in data.iter().enumerate() {
        let y = i * row + 4;
        let w = (*value as f64 / max as f64 * bar_w as f64).round() as i64;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#3b6ea5\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\">{value}</text>",
            label_w - 8,
            y + 15,
            esc(label),
            label_w,
            y + 2,
            row - 8,
            label_w + w + 6,
            y + 15,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A column chart of values over time (months, years), as inline SVG: a
/// value axis with its label and ticks, a column per period with its value
/// above it and its label below.
pub fn column_chart(title: &str, axis: &str, data: &[(String, i64)]) -> String {
    let (left, top, plot_h, col) = (56, 16, 180, 44);
    let width = left + col * data.len().max(1) + 16;
    let height = top + plot_h + 44;
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let y = |v: i64| top + plot_h - (v as f64 / max as f64 * plot_h as f64).round() as usize;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">",
        esc(title)
    );
    // The value axis: 0, half and the largest value.
    let mut ticks = vec![0, max / 2, max];
    ticks.dedup();
    for v in ticks {
        let _ = write!(
            svg,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{yv}\" y2=\"{yv}\" stroke=\"#ccd\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\">{v}</text>",
            width - 8,
            left - 4,
            y(v) + 4,
            yv = y(v),
        );
    }
    let _ = write!(
        svg,
        "<text x=\"12\" y=\"{}\" font-size=\"11\" transform=\"rotate(-90 12 {})\" text-anchor=\"middle\">{}</text>",
        top + plot_h / 2,
        top + plot_h / 2,
        esc(axis)
    );
    for (i, (label, value)) in data.iter().enumerate() {
        let x = left + i * col + 6;
        let w = col - 12;
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#3b6ea5\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{value}</text>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
            y(*value),
            top + plot_h - y(*value),
            x + w / 2,
            y(*value).saturating_sub(3),
            x + w / 2,
            top + plot_h + 16,
            esc(label),
        );
    }
    svg.push_str("</svg>");
    svg
}

fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut t = String::from("<table><thead><tr>");
    for h in head {
        let _ = write!(t, "<th>{}</th>", esc(h));
    }
    t.push_str("</tr></thead><tbody>");
    for r in rows {
        t.push_str("<tr>");
        for c in r {
            // Figures line up on the right; words stay on the left.
            if is_figure(c) {
                let _ = write!(t, "<td class=\"n\">{}</td>", esc(c));
            } else {
                let _ = write!(t, "<td>{}</td>", esc(c));
            }
        }
        t.push_str("</tr>");
    }
    t.push_str("</tbody></table>");
    t
}

/// A count, a share or "-": right-aligned in a table.
fn is_figure(c: &str) -> bool {
    let c = c.strip_suffix('%').unwrap_or(c);
    c == "-" || (!c.is_empty() && c.parse::<f64>().is_ok())
}

/// What the office puts on the front of its reports: its name, and the
/// title and introduction of its configuration's `[report]`.
#[derive(Debug, Clone, Default)]
pub struct Cover {
    pub office: String,
    pub title: Option<String>,
    pub introduction: Option<String>,
}

impl Cover {
    /// The introduction as paragraphs (blank lines part them), escaped.
    pub fn introduction_html(&self) -> String {
        self.introduction
            .as_deref()
            .unwrap_or("")
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| format!("<p class=\"intro\">{}</p>", esc(p)))
            .collect()
    }
}

/// The whole report. `public`: the comparison with the Chief's actions is
/// given as counts only, without case numbers.
pub fn render(r: &AnnualReport, cover: &Cover, public_min: Option<i64>) -> String {
    render_page(r, cover, public_min, "")
}

/// The report with `nav` (links to a site's other pages) above it.
pub fn render_page(r: &AnnualReport, cover: &Cover, public_min: Option<i64>, nav: &str) -> String {
    let public = public_min.is_some();
    let hidden = public_min.map(|m| r.hidden_cells(m)).unwrap_or_default();
    let shown = |section: &str, key: &str, n: i64| -> String {
        hidden
            .get(&(section.to_string(), key.to_string()))
            .cloned()
            .unwrap_or_else(|| n.to_string())
    };
    let title = format!(
        "Annual report {}{} ({} to {})",
        if r.fiscal { "for fiscal year " } else { "" },
        r.year,
        r.period.from,
        r.period.to
    );
    let mut h = head(&match &cover.title {
        Some(t) => format!("{t}: {title}"),
        None => title.clone(),
    });
    h.push_str(nav);
    // The office's own title above the period, when it has one.
    match &cover.title {
        Some(t) => {
            let _ = write!(
                h,
                "<h1>{}</h1><p class=\"subtitle\">{}</p>",
                esc(t),
                esc(&title)
            );
        }
        None => {
            let _ = write!(h, "<h1>{}</h1>", esc(&title));
        }
    }
    let _ = write!(
        h,
        "<p>{}. Figures as of {}{}.</p>{}",
        esc(&cover.office),
        esc(&r.as_of),
        if public {
            "; public version: no personal data"
        } else {
            ""
        },
        cover.introduction_html()
    );
    h.push_str("<div class=\"figures\">");
    let median = r.median_shown(&hidden);
    for (label, value) in [
        (
            "Complaints received",
            shown("summary", "complaints_received", r.complaints_received),
        ),
        (
            "Cases closed",
            shown("summary", "cases_closed", r.cases_closed),
        ),
        (
            "Closed out of time",
            shown("summary", "closed_out_of_time", r.closed_out_of_time),
        ),
        ("Median days to close", median),
        (
            "Deadlines met on time",
            hidden
                .get(&("summary".to_string(), "deadlines_met_pct".to_string()))
                .cloned()
                .unwrap_or_else(|| crate::report::percent(r.deadlines_met_pct)),
        ),
        (
            "Deadlines missed",
            shown("summary", "deadlines_missed", r.deadlines_missed),
        ),
        (
            "On the monitoring list",
            r.monitoring_list_size
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
    ] {
        // A law that keeps no monitoring list: no such figure.
        if label == "On the monitoring list" && r.monitoring_list_size.is_none() {
            continue;
        }
        let _ = write!(
            h,
            "<div class=\"figure\"><b>{}</b>{}</div>",
            esc(&value),
            esc(label)
        );
    }
    h.push_str("</div>");
    if let Some(note) = r.confidential_note(&hidden) {
        let _ = write!(h, "<p class=\"note\">{}</p>", esc(&note));
    }

    let demographic_sections: Vec<(String, String, &BTreeMap<String, i64>, &str)> = r
        .demographics
        .iter()
        .map(|(f, table)| {
            let (title, counted) = crate::report::demographic_title(f);
            (title, format!("demographics_{f}"), table, counted)
        })
        .collect();
    let fixed = [
        (
            "Complaints received, by source",
            ("by_source", "sources"),
            &r.by_source,
            "Counts the cases received in the period, by how each came to the office.",
        ),
        (
            "Allegations received, by category",
            ("allegations_by_category", "categories"),
            &r.allegations_by_category,
            "Counts the allegations of the cases received in the period.",
        ),
        (
            "Findings rendered",
            ("findings", "findings"),
            &r.findings,
            "Counts the findings on allegations dated in the period, whenever the case was received.",
        ),
    ];
    let sections = fixed
        .iter()
        .map(|(t, (s, k), c, n)| (t.to_string(), (s.to_string(), *k), *c, *n))
        .chain(
            demographic_sections
                .iter()
                .map(|(t, s, c, n)| (t.clone(), (s.clone(), ""), *c, *n)),
        );
    for (title, (section, kind), counts, counted) in sections {
        let (title, chart, section) = (title.as_str(), title.as_str(), section.as_str());
        let _ = write!(
            h,
            "<section><h2>{}</h2><p class=\"note\">{}</p>",
            esc(title),
            esc(counted)
        );
        // Hidden cells have no bar: they are listed, in words, below it.
        let (bars, few): (Vec<_>, Vec<_>) = r
            .ordered(section, counts)
            .into_iter()
            .partition(|(k, _)| !hidden.contains_key(&(section.to_string(), k.clone())));
        let bars: Vec<(String, i64)> = bars
            .into_iter()
            .map(|(k, n)| (r.word(kind, &k), n))
            .collect();
        h.push_str(&bar_chart(chart, &bars));
        if !few.is_empty() {
            let names: Vec<String> = few.into_iter().map(|(k, _)| r.word(kind, &k)).collect();
            let _ = write!(
                h,
                "<p class=\"note\">{}: {} (small counts, and those that would give one \
                 back, are not published).</p>",
                esc(&names.join(", ")),
                crate::report::suppress::NOT_SHOWN
            );
        }
        // The same figures as a table, for a screen reader and for print.
        h.push_str(&grid(&r.counts_table(
            (section, kind),
            counts,
            &hidden,
            public_min,
        )));
        h.push_str("</section>");
    }

    h.push_str(
        "<section><h2>Month by month</h2><p class=\"note\">Cases received in each month of \
         the period, and cases closed in it.</p>",
    );
    let visible = |section: &str, m: &BTreeMap<String, i64>| -> Vec<(String, i64)> {
        m.iter()
            .filter(|(k, _)| !hidden.contains_key(&(section.to_string(), (*k).clone())))
            .map(|(k, v)| (short_month(k), *v))
            .collect()
    };
    h.push_str(&column_chart(
        "Cases received by month",
        "Cases received",
        &visible("received_by_month", &r.received_by_month),
    ));
    h.push_str(&column_chart(
        "Cases closed by month",
        "Cases closed",
        &visible("closed_by_month", &r.closed_by_month),
    ));
    h.push_str(&grid(&r.months_table(&hidden)));
    h.push_str("</section>");

    h.push_str(
        "<section><h2>The year beside the four before</h2><p class=\"note\">Each year \
         counted as this one: cases received in it, cases closed in it and their days to \
         close, its deadlines met on time.</p>",
    );
    let years: Vec<(String, i64)> = r
        .trend
        .iter()
        .filter(|y| {
            !hidden.contains_key(&("trend_complaints_received".to_string(), y.year.to_string()))
        })
        .map(|y| (y.year.to_string(), y.complaints_received))
        .collect();
    h.push_str(&column_chart(
        "Complaints received by year",
        "Complaints received",
        &years,
    ));
    h.push_str(&grid(&r.trend_table(&hidden)));
    h.push_str("</section>");

    h.push_str("<section><h2>Timeliness</h2>");
    let _ = write!(
        h,
        "<p class=\"note\">Counts the deadlines due in the period, by whether the step came \
         on time; a step not yet taken counts as missed once past due, and one whose clock is \
         stopped is neither. Met on time is the share of those met or missed. Days to close \
         (calendar days from receipt) are of the cases closed in the period: 90th percentile \
         {}.</p>",
        esc(&hidden
            .get(&("summary".to_string(), "p90_days_to_close".to_string()))
            .cloned()
            .or(r.p90_days_to_close.map(|p| p.to_string()))
            .unwrap_or_else(|| "-".into()))
    );
    h.push_str(&grid(&r.timeliness_table(&hidden)));
    if let Some(caveat) = r.timeliness_caveat(&hidden) {
        let _ = write!(h, "<p class=\"note\">{}</p>", esc(&caveat));
    }
    h.push_str("</section>");

    if !public && !r.by_investigator.is_empty() {
        h.push_str(
            "<section><h2>Per investigator</h2><p class=\"note\">The office's version only. \
             Cases assigned to each investigator and open on the period's last day, and the \
             deadlines of those cases due in the period, by the assignment on that day.</p>",
        );
        h.push_str(&grid(&r.investigator_table()));
        h.push_str("</section>");
    }
    if let Some(basis) = &r.law.chief {
        chief_section(&mut h, r, basis, public_min);
    }
    if let Some(basis) = &r.law.matters {
        let _ = write!(
            h,
            "<section><h2>Policy reviews and reports ({})</h2>\
             <p class=\"note\">Counts the policy and report steps dated in the period.</p>",
            esc(&crate::model::cite(basis))
        );
        h.push_str(&grid(&r.recommendations_table()));
        h.push_str("</section>");
    }
    // The office's version: the comparison allegation by allegation, as an
    // appendix laid out not to wrap.
    if r.law.chief.is_some() && !public && !r.chief_comparison.is_empty() {
        h.push_str(
            "<section class=\"appendix\"><h2>Appendix: the panel's findings and the \
             Department's actions, allegation by allegation</h2>\
             <p class=\"note\">For the office only: it names cases.</p>",
        );
        h.push_str(&grid(&r.comparison_table()));
        h.push_str("</section>");
    }
    h.push_str("</body></html>\n");
    h
}

/// The Chief's responses: the concurrence, and the comparison per
/// allegation (counted by finding pair in the public version).
fn chief_section(h: &mut String, r: &AnnualReport, basis: &str, public_min: Option<i64>) {
    let public = public_min.is_some();
    let _ = write!(
        h,
        "<section><h2>The Chief's responses ({})</h2>\
         <p class=\"note\">Counts the Chief's responses dated in the period, one per case.</p>",
        esc(&crate::model::cite(basis))
    );
    let hidden = public_min.map(|m| r.hidden_cells(m)).unwrap_or_default();
    let shown = |key: &str, n: i64| {
        hidden
            .get(&("chief_concurrence".to_string(), key.to_string()))
            .cloned()
            .unwrap_or_else(|| n.to_string())
    };
    let c = &r.chief_concurrence;
    let total = c.yes + c.no + c.partial;
    let share = |key: &str, n: i64| {
        if hidden.contains_key(&("chief_concurrence".to_string(), key.to_string())) {
            String::new()
        } else {
            crate::report::percent(crate::report::pct(n, total))
        }
    };
    h.push_str(&table(
        &["The Chief", "Responses", "Share"],
        &[
            vec!["Concurred".into(), shown("yes", c.yes), share("yes", c.yes)],
            vec![
                "Did not concur".into(),
                shown("no", c.no),
                share("no", c.no),
            ],
            vec![
                "Concurred in part".into(),
                shown("partial", c.partial),
                share("partial", c.partial),
            ],
        ],
    ));
    h.push_str(
        "<h3>Sustained allegations and the Department's actions</h3><p class=\"note\">The \
         allegations of the cases the Chief responded to in the period.</p>",
    );
    h.push_str(&grid(&r.sustained_table(&hidden, public)));
    if r.findings_compared.is_empty() {
        h.push_str("<p class=\"note\">No response of the Chief is dated in the period.</p>");
    } else if public {
        // The report's counts by finding pair, hidden as every public count
        // (`AnnualReport::hidden_cells`).
        h.push_str(&grid(&r.findings_compared_table(&hidden)));
    } else {
        h.push_str(
            "<p class=\"note\">Allegation by allegation in the appendix (office version \
             only).</p>",
        );
    }
    h.push_str("</section>");
}

/// "2025-03" as "Mar 25": short enough for a column's label.
fn short_month(m: &str) -> String {
    chrono::NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d")
        .map(|d| d.format("%b %y").to_string())
        .unwrap_or_else(|_| m.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn bars_scale_to_the_largest_value() {
        let svg = bar_chart("t", &[("a".into(), 2), ("b".into(), 4)]);
        assert!(svg.contains("width=\"180\""), "{svg}");
        assert!(svg.contains("width=\"360\""), "{svg}");
        assert!(!svg.contains("http://") || svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    }

    #[test]
    fn a_long_label_has_room_left_of_its_bar() {
        let long = "use of force resulting in great bodily harm"; // 43 characters
        let svg = bar_chart("t", &[(long.into(), 1)]);
        // Right-aligned at 43 * 7 + 16 - 8: the text's ~301 px fit.
        assert!(
            svg.contains("x=\"309\" y=\"19\" text-anchor=\"end\""),
            "{svg}"
        );
        assert!(svg.contains("<rect x=\"317\""), "{svg}");
    }

    #[test]
    fn columns_carry_their_value_and_label_on_a_labelled_axis() {
        let svg = column_chart("t", "Cases", &[("Jan 25".into(), 4), ("Feb 25".into(), 8)]);
        // The axis: its label and ticks at 0, half and the top.
        assert!(svg.contains(">Cases</text>"), "{svg}");
        for tick in [">0</text>", ">4</text>", ">8</text>"] {
            assert!(svg.contains(tick), "{tick} in {svg}");
        }
        assert!(svg.contains(">Jan 25</text>") && svg.contains(">Feb 25</text>"));
        // The taller column is the full plot height (180), the other half.
        assert!(
            svg.contains("height=\"180\"") && svg.contains("height=\"90\""),
            "{svg}"
        );
    }
}
