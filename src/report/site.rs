//! The public transparency site `publish` writes: an index with the latest
//! year's headline figures, the methodology (every rule with its citation,
//! how days are counted, what is held back and why) and the monitoring
//! list, around the public annual reports (`html::render_page`). Pure: the
//! pages are text; `ops::publish` gathers what they show. Every link is
//! relative, so the folder works from `file://` or any web server.

use std::fmt::Write;

use super::html::{esc, head, Cover};
use super::{percent, shown, AnnualReport};
use crate::model::cite;
use crate::rules::Profile;
use crate::store::MonitoredOfficer;

/// The file of a year's report, and of its figures as CSV.
pub fn report_file(year: i32) -> String {
    format!("report-{year}.html")
}
pub fn report_csv(year: i32) -> String {
    format!("report-{year}.csv")
}
pub const MONITORING_CSV: &str = "monitoring.csv";

/// The links at the top of every page.
pub fn nav(years: &[i32], monitoring: bool) -> String {
    let mut n = String::from("<nav aria-label=\"Site\"><a href=\"index.html\">Overview</a>");
    for y in years.iter().rev() {
        let _ = write!(n, "<a href=\"{}\">{y}</a>", report_file(*y));
    }
    if monitoring {
        n.push_str("<a href=\"monitoring.html\">Monitoring list</a>");
    }
    n.push_str("<a href=\"methodology.html\">Methodology</a></nav>");
    n
}

fn page(title: &str, nav: &str, body: &str) -> String {
    format!(
        "{}{nav}<h1>{}</h1>{body}</body></html>\n",
        head(title),
        esc(title)
    )
}

/// The front page: the latest year's headline figures, every year's
/// report and the downloads.
pub fn index(
    cover: &Cover,
    latest: &AnnualReport,
    years: &[i32],
    nav: &str,
    public_min: i64,
    monitoring: bool,
) -> String {
    let hidden = latest.hidden_cells(public_min);
    let mut b = String::new();
    let _ = write!(
        b,
        "<p>{}omplaints about police conduct, how they were investigated and how long it \
         took, published without personal data and without any case still under \
         investigation. Figures as of {}.</p>{}<h2>{}</h2><div class=\"figures\">",
        // The office's name is the heading unless a title is set.
        match &cover.title {
            Some(_) => format!("{}: c", esc(&cover.office)),
            None => "C".to_string(),
        },
        esc(&latest.as_of),
        cover.introduction_html(),
        latest.year
    );
    let median = latest.median_shown(&hidden);
    for (label, value) in [
        (
            "Complaints received",
            shown(
                &hidden,
                "summary",
                "complaints_received",
                latest.complaints_received,
            ),
        ),
        (
            "Cases closed",
            shown(&hidden, "summary", "cases_closed", latest.cases_closed),
        ),
        ("Median days to close", median),
        (
            "Deadlines met on time",
            hidden
                .get(&("summary".to_string(), "deadlines_met_pct".to_string()))
                .cloned()
                .unwrap_or_else(|| percent(latest.deadlines_met_pct)),
        ),
    ] {
        let _ = write!(
            b,
            "<div class=\"figure\"><b>{}</b>{}</div>",
            esc(&value),
            esc(label)
        );
    }
    b.push_str("</div><h2>Annual reports</h2><table><thead><tr><th>Year</th><th>Report</th><th>Figures</th></tr></thead><tbody>");
    for y in years.iter().rev() {
        let _ = write!(
            b,
            "<tr><td>{y}</td><td><a href=\"{}\">Annual report {y}</a></td><td><a href=\"{}\">CSV</a></td></tr>",
            report_file(*y),
            report_csv(*y)
        );
    }
    b.push_str("</tbody></table><h2>Data</h2><ul>");
    b.push_str(
        "<li>Each year's figures as CSV, beside its report above: counts only, small ones \
         hidden as in the report.</li>",
    );
    if monitoring {
        let _ = write!(
            b,
            "<li><a href=\"{MONITORING_CSV}\">The monitoring list (CSV)</a></li>"
        );
    }
    b.push_str("</ul>");
    let title = match &cover.title {
        Some(t) => t.clone(),
        None => format!("{}: public reports", cover.office),
    };
    page(&title, nav, &b)
}

/// How every figure is counted and what the law is behind it.
pub fn methodology(profile: &Profile, nav: &str, public_min: i64) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<p>Every deadline below is set by law; its section is beside it. The figures are \
         counted by oversight from the office's case records.</p>\
         <section><h2>Counting days</h2><p>A working day is Monday to Friday, not a federal \
         holiday and not a holiday the office keeps. \"Within N working days of X\" is due on \
         the Nth working day after X; X itself is not counted. A count of calendar days \
         counts every day{}.</p></section>",
        if profile.roll_forward {
            "; when it ends on a weekend or holiday, the deadline moves to the next working day"
        } else {
            ""
        }
    );
    b.push_str(
        "<section><h2>The deadlines</h2><table><thead><tr><th>Deadline</th><th>Time allowed</th>\
         <th>Counted from</th><th>Law</th></tr></thead><tbody>",
    );
    for r in &profile.rules {
        let allowed = crate::rules::describe::allowed(r);
        let from: Vec<String> = r
            .start
            .iter()
            .map(|s| profile.title("events", s.split(':').next().unwrap_or(s)))
            .collect();
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.title),
            esc(&allowed),
            esc(&from.join(" or ")),
            esc(&cite(&r.basis))
        );
    }
    b.push_str("</tbody></table></section>");
    let _ = write!(
        b,
        "<section><h2>What each figure counts</h2><ul>\
         <li>Complaints received, by source, allegations by category, received by month: the \
         cases received in the period, and their allegations.</li>\
         <li>Findings: the findings on allegations dated in the period.</li>\
         <li>Cases closed, closed out of time, days to close (calendar days from receipt), \
         closed by month: the cases closed in the period.</li>\
         <li>Deadlines met and missed: the deadlines due in the period, by whether the step \
         came on time; one not yet taken counts as missed once past due, one whose clock is \
         stopped as neither. Met on time is the share of those met or missed.</li>\
         <li>The trend: the same figures for each of the four years before.</li>\
         </ul></section>\
         <section><h2>What is not published, and why</h2><ul>\
         <li>No complainant's name or contact, and no summary of a complaint.</li>\
         <li>Nothing about a case still under investigation: an active investigation is \
         confidential ({}). Every figure counts only cases no longer under investigation; \
         each year says how many of the cases received in it are still open, and nothing else \
         of them.</li>\
         <li>Counts from 1 to {} are not published: in a small office they could point at a \
         person. A figure on its own reads \"fewer than {public_min}\". In a table, the next \
         smallest counts are hidden too, until the hidden ones cannot be worked out from the \
         total, and every hidden cell reads \"not shown\", whatever its size.</li>\
         <li>No list of cases: case-level rows would let the hidden counts be worked out \
         again.</li></ul></section>",
        esc(&cite(profile.confidential_basis())),
        public_min - 1,
    );
    page("How the figures are counted", nav, &b)
}

/// The public monitoring list as a page.
pub fn monitoring(
    basis: &str,
    (threshold, from, to): (usize, &str, &str),
    rows: &[MonitoredOfficer],
    confidential: &str,
    nav: &str,
) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<p>Officers who were the subject of {threshold} or more complaints received from {} \
         to {} ({}). Only complaints no longer under investigation are counted ({}). \
         <a href=\"{MONITORING_CSV}\">CSV</a></p>",
        esc(from),
        esc(to),
        esc(&cite(basis)),
        esc(&cite(confidential))
    );
    if rows.is_empty() {
        b.push_str("<p>No officer is on the list.</p>");
    } else {
        b.push_str(
            "<table><thead><tr><th>Badge</th><th>Officer</th><th>Complaints</th>\
             <th>Cases</th></tr></thead><tbody>",
        );
        for r in rows {
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&crate::model::badge_words(&r.badge)),
                esc(&r.name),
                r.complaints,
                esc(&r.cases.join(" "))
            );
        }
        b.push_str("</tbody></table>");
    }
    page("The monitoring list", nav, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_and_newest_first() {
        let n = nav(&[2024, 2025], true);
        assert!(n.find("report-2025.html").unwrap() < n.find("report-2024.html").unwrap());
        assert!(n.contains("href=\"monitoring.html\""));
        assert!(!n.contains("href=\"/") && !n.contains("http"));
        assert!(!nav(&[2025], false).contains("monitoring"));
    }

    #[test]
    fn the_methodology_cites_every_rule() {
        let p = Profile::builtin("miami-cip").unwrap();
        let m = methodology(&p, "", 5);
        for r in &p.rules {
            assert!(m.contains(&esc(&cite(&r.basis))), "{} in {m}", r.basis);
        }
        assert!(m.contains("fewer than 5") && m.contains("1 to 4") && m.contains("not shown"));
        assert!(m.contains("112.533"), "{m}");
    }
}
