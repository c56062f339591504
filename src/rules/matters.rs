//! Deadlines of matters that are not cases: policy recommendations, the
//! Chief's proposed revisions, and reports with recommendations
//! (Sec. 11.5-31(7), (8)). The same rule table, the same day counting; a
//! rule with `per_recipient` runs once for each addressee of the matter.

use super::calendar::Calendar;
use super::deadlines::{compute_rule, Deadline, EventFact};
use super::profile::{Notice, Profile};
use chrono::NaiveDate;

/// The days of notice a proposed revision gave, when fewer than `notice`
/// owes (and no emergency required faster implementation).
pub fn short_notice(
    notice: &Notice,
    received: NaiveDate,
    implementation: NaiveDate,
    emergency: bool,
) -> Option<i64> {
    let given = (implementation - received).num_days();
    (!emergency && given < i64::from(notice.days)).then_some(given)
}

/// One step of a matter; `recipient` is set for steps of one addressee.
#[derive(Debug, Clone)]
pub struct MatterEvent {
    pub fact: EventFact,
    pub recipient: Option<String>,
}

/// A matter's deadline, for one recipient where the rule says so.
#[derive(Debug, Clone)]
pub struct MatterDeadline {
    pub deadline: Deadline,
    pub recipient: Option<String>,
}

/// Every deadline the profile sets for a matter of `kind`.
pub fn compute(
    profile: &Profile,
    cal: &Calendar,
    kind: &str,
    recipients: &[String],
    events: &[MatterEvent],
) -> Vec<MatterDeadline> {
    let mut out: Vec<MatterDeadline> = Vec::new();
    for rule in profile
        .rules
        .iter()
        .filter(|r| r.matter.as_deref() == Some(kind))
    {
        let targets: Vec<Option<&String>> = if rule.per_recipient {
            recipients.iter().map(Some).collect()
        } else {
            vec![None]
        };
        for target in targets {
            if out
                .iter()
                .any(|d| d.deadline.rule == rule.id && d.recipient.as_ref() == target)
            {
                continue;
            }
            let facts: Vec<EventFact> = events
                .iter()
                .filter(|e| match (target, &e.recipient) {
                    (Some(t), Some(r)) => t == r,
                    _ => true,
                })
                .map(|e| e.fact.clone())
                .collect();
            if let Some(d) = compute_rule(profile, cal, rule, &facts) {
                out.push(MatterDeadline {
                    deadline: d,
                    recipient: target.cloned(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_short_of_the_days_owed_is_counted() {
        let n = Notice {
            days: 45,
            basis: "11.5-31(7)(b)".into(),
        };
        // Received 25 Nov 2025, implemented 15 Jan 2026: 51 days, enough.
        assert_eq!(
            short_notice(&n, d("2025-11-25"), d("2026-01-15"), false),
            None
        );
        // 45 days exactly (1 Dec to 15 Jan) is the notice owed.
        assert_eq!(
            short_notice(&n, d("2025-12-01"), d("2026-01-15"), false),
            None
        );
        // 44 days is short, unless an emergency.
        assert_eq!(
            short_notice(&n, d("2025-12-02"), d("2026-01-15"), false),
            Some(44)
        );
        assert_eq!(
            short_notice(&n, d("2025-12-02"), d("2026-01-15"), true),
            None
        );
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ev(kind: &str, date: &str, seq: i64, recipient: Option<&str>) -> MatterEvent {
        MatterEvent {
            fact: EventFact::new(kind, d(date)).with_seq(seq),
            recipient: recipient.map(String::from),
        }
    }

    fn miami() -> Profile {
        Profile::builtin("miami-cip").unwrap()
    }

    #[test]
    fn a_policy_recommendation_gets_45_days_rolled_past_a_weekend() {
        // Sent Thu 30 Oct 2025: + 45 = Sun 14 Dec -> Mon 15 Dec.
        let events = [ev("recommend", "2025-10-30", 1, None)];
        let ds = compute(&miami(), &Calendar::federal(), "policy", &[], &events);
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].deadline.rule, "policy-response");
        assert_eq!(ds[0].deadline.due, d("2025-12-15"));
        assert_eq!(ds[0].deadline.basis, "11.5-31(7)(a)");
    }

    #[test]
    fn a_proposed_revision_opens_30_days_then_the_chief_has_45() {
        // Received Tue 25 Nov 2025: + 30 = Thu 25 Dec, Christmas -> Fri 26.
        let mut events = vec![ev("proposed", "2025-11-25", 1, None)];
        let p = miami();
        let cal = Calendar::federal();
        let ds = compute(&p, &cal, "proposed-revision", &[], &events);
        assert_eq!(ds[0].deadline.rule, "policy-comment");
        assert_eq!(ds[0].deadline.due, d("2025-12-26"));
        // Commented Thu 18 Dec: + 45 = Sun 1 Feb 2026 -> Mon 2 Feb.
        events.push(ev("comment", "2025-12-18", 2, None));
        let ds = compute(&p, &cal, "proposed-revision", &[], &events);
        let resp = ds
            .iter()
            .find(|x| x.deadline.rule == "policy-response")
            .unwrap();
        assert_eq!(resp.deadline.due, d("2026-02-02"));
        assert_eq!(resp.deadline.basis, "11.5-31(7)(b)");
    }

    #[test]
    fn each_recipient_of_a_report_has_its_own_45_days() {
        // Issued Tue 20 May 2025: + 45 = Fri 4 Jul, Independence Day ->
        // Mon 7 Jul.
        let recipients = vec!["Mayor".to_string(), "Police Chief".to_string()];
        let events = [
            ev("issued", "2025-05-20", 1, None),
            ev("response", "2025-06-30", 2, Some("Mayor")),
        ];
        let ds = compute(
            &miami(),
            &Calendar::federal(),
            "report",
            &recipients,
            &events,
        );
        assert_eq!(ds.len(), 2);
        assert!(ds.iter().all(|x| x.deadline.due == d("2025-07-07")));
        let mayor = ds
            .iter()
            .find(|x| x.recipient.as_deref() == Some("Mayor"))
            .unwrap();
        assert_eq!(mayor.deadline.satisfied_on, Some(d("2025-06-30")));
        let chief = ds
            .iter()
            .find(|x| x.recipient.as_deref() == Some("Police Chief"))
            .unwrap();
        assert_eq!(chief.deadline.satisfied_on, None);
    }
}
