//! The annual report as one self-contained HTML file: inline CSS, inline SVG
//! bar charts, no external assets, so a director can send it as it is.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{AnnualReport, Grid};

fn grid(g: &Grid) -> String {
    table(&g.columns, &g.rows)
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
    let label_w = 190;
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

fn pairs(m: &BTreeMap<String, i64>) -> Vec<(String, i64)> {
    m.iter().map(|(k, v)| (k.clone(), *v)).collect()
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
            let _ = write!(t, "<td>{}</td>", esc(c));
        }
        t.push_str("</tr>");
    }
    t.push_str("</tbody></table>");
    t
}

/// The whole report. `public`: the comparison with the Chief's actions is
/// given as counts only, without case numbers.
pub fn render(r: &AnnualReport, office: &str, public: bool) -> String {
    let title = format!(
        "Annual report {}{} ({} to {})",
        if r.fiscal { "for fiscal year " } else { "" },
        r.year,
        r.period.from,
        r.period.to
    );
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>\
         body{{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}}\
         h1{{font-size:1.6rem}}h2{{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd}}\
         table{{border-collapse:collapse;margin:.5rem 0}}td,th{{border:1px solid #ccd;padding:.25rem .6rem;text-align:left}}\
         th{{background:#eef2f7}}.figures{{display:flex;flex-wrap:wrap;gap:1rem}}\
         .figure{{border:1px solid #ccd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}}\
         .figure b{{display:block;font-size:1.5rem}}.note{{color:#556;font-size:.9rem}}\
         </style></head><body>",
        esc(&title)
    );
    let _ = write!(
        h,
        "<h1>{}</h1><p>{}. Figures as of {}{}.</p>",
        esc(&title),
        esc(office),
        esc(&r.as_of),
        if public {
            "; public version: no personal data"
        } else {
            ""
        }
    );
    h.push_str("<div class=\"figures\">");
    let median = r
        .median_days_to_close
        .map(|m| m.to_string())
        .unwrap_or_else(|| "-".into());
    for (label, value) in [
        ("Complaints received", r.complaints_received.to_string()),
        ("Cases closed", r.cases_closed.to_string()),
        ("Closed out of time", r.closed_out_of_time.to_string()),
        ("Median days to close", median),
        ("Deadlines met", r.deadlines_met.to_string()),
        ("Deadlines missed", r.deadlines_missed.to_string()),
        (
            "On the monitoring list",
            r.monitoring_list_size
                .map(|n| n.to_string())
                .unwrap_or_else(|| "none kept".into()),
        ),
    ] {
        let _ = write!(
            h,
            "<div class=\"figure\"><b>{}</b>{}</div>",
            esc(&value),
            esc(label)
        );
    }
    h.push_str("</div>");

    h.push_str("<h2>Complaints received, by source</h2>");
    h.push_str(&bar_chart("Complaints by source", &pairs(&r.by_source)));
    h.push_str("<h2>Allegations received, by category</h2>");
    h.push_str(&bar_chart(
        "Allegations by category",
        &pairs(&r.allegations_by_category),
    ));
    h.push_str("<h2>Findings rendered</h2>");
    h.push_str(&bar_chart("Findings", &pairs(&r.findings)));

    h.push_str("<h2>Timeliness</h2>");
    h.push_str(&grid(&r.timeliness_table()));
    let _ = write!(
        h,
        "<p class=\"note\">Deadlines due in the period, by whether the step came on time; \
         a step not yet taken counts as missed once past due. 90th percentile of days to \
         close: {}.</p>",
        r.p90_days_to_close
            .map(|p| p.to_string())
            .unwrap_or_else(|| "-".into())
    );

    if let Some(basis) = &r.law.chief {
        chief_section(&mut h, r, basis, public);
    }
    if let Some(basis) = &r.law.matters {
        let _ = write!(
            h,
            "<h2>Policy reviews and reports ({})</h2>",
            esc(&crate::model::cite(basis))
        );
        h.push_str(&grid(&r.recommendations_table()));
    }
    h.push_str("</body></html>\n");
    h
}

/// The Chief's responses: the concurrence, and the comparison per
/// allegation (counted by finding pair in the public version).
fn chief_section(h: &mut String, r: &AnnualReport, basis: &str, public: bool) {
    let _ = write!(
        h,
        "<h2>The Chief's responses ({})</h2>",
        esc(&crate::model::cite(basis))
    );
    let _ = write!(
        h,
        "<p>Concurred: {}; did not concur: {}; partly: {}.</p>",
        r.chief_concurrence.yes, r.chief_concurrence.no, r.chief_concurrence.partial
    );
    if r.chief_comparison.is_empty() {
        h.push_str("<p class=\"note\">No response of the Chief is dated in the period.</p>");
    } else if public {
        let mut pairs: BTreeMap<(String, String), i64> = BTreeMap::new();
        for c in &r.chief_comparison {
            *pairs
                .entry((
                    c.panel_finding.clone().unwrap_or_else(|| "-".into()),
                    c.department_finding
                        .clone()
                        .unwrap_or_else(|| "not given".into()),
                ))
                .or_insert(0) += 1;
        }
        let rows: Vec<Vec<String>> = pairs
            .into_iter()
            .map(|((p, d), n)| vec![p, d, n.to_string()])
            .collect();
        h.push_str(&table(
            &["Panel's finding", "Department's finding", "Allegations"],
            &rows,
        ));
    } else {
        h.push_str(&grid(&r.comparison_table()));
    }
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
}
