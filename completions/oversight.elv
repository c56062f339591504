
use builtin;
use str;

set edit:completion:arg-completer[oversight] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'oversight'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'oversight'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store (intake and import also create one; every other command needs it to exist)'
            cand intake 'Record a new case; prompts for each missing required field on a terminal'
            cand notify-pd 'Record that the police department was notified / the complaint forwarded'
            cand refer-counsel 'Record that the complaint was sent to the Independent Counsel'
            cand counsel-determination 'Record the Independent Counsel''s written determination on interference'
            cand challenge 'Record a prosecutorial agency''s written notice of a legal challenge'
            cand criminal-investigation 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)'
            cand chief-decision 'Record the Chief''s final decision on an IA closed case'
            cand ia-file-access 'Record that the IA investigative file was made available'
            cand decide 'Record the Executive Director''s decision on an IA closed case: investigate or review'
            cand commence 'Record that the investigation (or review) commenced'
            cand extend 'Extend a direct case''s completion deadline once the IA file is received'
            cand present 'Record that the completed investigation or review was presented to the panel'
            cand remand 'Record that the panel remanded the matter for further work'
            cand finding 'Record the panel''s finding per allegation'
            cand transmit 'Record that the findings and recommendations were sent to the Chief'
            cand chief-response 'Record the Chief''s written response and the action taken'
            cand close 'Close the case, with findings or out of time'
            cand checklist 'Record a checklist item: a notice the law requires (shown on `show` until recorded)'
            cand correct 'Correct or retract a recorded step; the original stays on the timeline'
            cand assign 'Give a case to an investigator (by login); a reassignment keeps the one before'
            cand caseload 'Per investigator: open cases, deadlines due in the next 7 days, overdue'
            cand show 'Show one case: parties, allegations, timeline, deadlines with status and citation'
            cand list 'List cases'
            cand overdue 'List every open deadline past due, oldest first (run it from cron)'
            cand due 'List open deadlines falling due today or in the next N days'
            cand monitoring 'The public monitoring list: officers subject of 3 or more complaints in the past year'
            cand publish 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads'
            cand export 'Export data (CSV or JSON), or the whole store'
            cand import 'Import cases from CSV (the columns of `export cases`, or another system''s through --map), or restore a store export'
            cand copy 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after'
            cand report 'Reports: the annual report'
            cand policy 'Policy reviews: recommendations, the Chief''s proposed revisions, responses'
            cand report-issued 'Record a report issued with recommendations, and the responses it calls for'
            cand subpoena 'Subpoenas: request, counsel''s review, the panel''s vote, service'
            cand audit 'The audit trail: who changed or looked at what, and when'
            cand verify 'Check the store: file integrity, the audit chain, each case against the log and its events'
            cand config 'Configuration: defaults for the store path, the profile, the case-number prefix'
            cand backup 'Copy the store to FILE while it stays in use (online backup)'
            cand officer 'Officers: one officer''s cases and findings, the roster, corrections'
            cand holidays 'The working-day calendar: federal holidays by rule, plus local changes'
            cand admin 'Roles in a store an office shares on a server (its owner''s commands)'
            cand generate 'Regenerate completions/ and man/ (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;init'= {
            cand --profile 'A shipped profile (miami-cip, florida-ia) or a profile TOML file [default: the configured profile, else miami-cip]'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;intake'= {
            cand --received 'Date the complaint (or IA close-out report) was received'
            cand --source 'direct, ia-closed, force-death or force-gbh'
            cand --incident-date 'Date of the incident'
            cand --aware-date 'For a systemic problem: when the complainant became aware of it'
            cand --criminal 'Potentially criminal conduct by an officer (not asked for force-*: always yes)'
            cand --complainant 'A complainant''s name (repeat for several)'
            cand --officer 'An officer as "NAME#BADGE" (repeat; badge "unknown" allowed)'
            cand --allegation 'An allegation as "CATEGORY@BADGE" (repeat)'
            cand --summary 'What the complaint is about'
            cand --late-vote 'The panel''s vote accepting a late complaint: "DATE YES-NO of SEATED", for example "2025-03-04 8-3 of 13"'
            cand --chief-decision 'IA closed cases: date of the Chief''s final decision'
            cand --ia-file-access 'IA closed cases: date the IA investigative file was made available'
            cand --channel 'How the complaint came in: one of the profile''s [fields] channel values (walk-in, phone, online, mail, email, referral, other, unknown)'
            cand --field 'An optional field of the profile''s [fields] for every allegation, or with @BADGE for those against that officer (repeat): complainant_race, complainant_sex, complainant_age, officer_race, officer_sex, officer_age, officer_unit (free text); channel=VALUE is the case''s, as --channel'
            cand --assign 'Assign the case at once to this investigator (login), from today, as `assign` does'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --anonymous 'No complainant named'
            cand --same-officer 'A badge on file under another name is the same officer: keep the name on file (otherwise such a badge is refused)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;notify-pd'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;refer-counsel'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;counsel-determination'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --result 'What counsel determined'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;challenge'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;criminal-investigation'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --status 'Pending from this date, or concluded on it'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;chief-decision'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;ia-file-access'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;decide'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --action 'Investigate the matter independently, or review the IA file'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;commence'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;extend'= {
            cand --ia-file-received 'When the Internal Affairs investigative file was received'
            cand --note 'Free-text note'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;present'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;remand'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --next-meeting 'Date of the panel''s next regular meeting (the new due date)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;finding'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --allegation 'Allegation number on the case (repeatable; see `show`)'
            cand --finding 'The finding, from the profile''s list (asked for on a terminal)'
            cand --reason 'Why there is no finding (with no-finding), from the profile''s list'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --all 'Every allegation of the case'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;transmit'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;chief-response'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --concurs 'Does the Chief accept the panel''s findings and recommendations?'
            cand --action 'The action the Chief took, in words'
            cand --department 'The Department''s own finding on an allegation: N=FINDING (repeatable)'
            cand --discipline 'The discipline imposed for an allegation: N=TEXT (repeatable)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;close'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --out-of-time 'Close without a finding: the time to complete ran out'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;checklist'= {
            cand --date 'When it happened (asked for on a terminal, today by default)'
            cand --note 'Free-text note (who, how)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;correct'= {
            cand --event 'The event to correct (its # in `show`)'
            cand --reason 'Why (kept on the timeline)'
            cand --date 'The right date'
            cand --result 'The right result (determination, decision, finding...)'
            cand --finding-reason 'A finding''s reason for no finding (with --result no-finding, or to correct the reason alone), one of the profile''s; a finding corrected to another result drops its reason'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --retract 'The step did not happen: withdraw it'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;assign'= {
            cand --to 'The investigator''s login'
            cand --date 'From when (today by default)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;caseload'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;show'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;list'= {
            cand --status 'Only open or only closed cases'
            cand --officer 'Only cases naming the officer with this badge'
            cand --year 'Only cases received in this calendar year'
            cand --assignee 'Only cases assigned to this investigator (login) now (on the --as-of day)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --ids 'Case numbers only, one per line (for scripts and shell completion)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;overdue'= {
            cand --assignee 'Only cases assigned to this investigator (login) now'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --exit-code 'Exit with status 1 when anything is overdue'
            cand --mine 'Only cases assigned to me (this account''s login) now'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;due'= {
            cand --within 'How many calendar days ahead to look (0: due today)'
            cand --assignee 'Only cases assigned to this investigator (login) now'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --mine 'Only cases assigned to me (this account''s login) now'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;monitoring'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --internal 'The office''s own list: complaints still under investigation counted too (confidential; reading it is audited)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;publish'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --force 'Replace a site already at DIR (a folder; never a file or a link)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;export'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cases 'Export cases, one row per allegation (CSV or JSON); --public for publication'
            cand store 'Export the whole store, every record, for `import` into a new store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;export;cases'= {
            cand --year 'Only cases received in this calendar year'
            cand --output 'Write to FILE (created owner-only, never through a link) instead of standard output'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --public 'Leave out personal data and every case still under investigation'
            cand --fields 'Add the optional fields after SPEC''s columns: channel, officer_unit, officer_race, officer_sex, officer_age, complainant_race, complainant_sex, complainant_age (never in --public: they are published only in aggregate)'
            cand --force 'With --output: replace a file or link already at FILE'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;export;store'= {
            cand --output 'Write to FILE (created owner-only, never through a link) instead of standard output'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --force 'With --output: replace a file or link already at FILE'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;export;help'= {
            cand cases 'Export cases, one row per allegation (CSV or JSON); --public for publication'
            cand store 'Export the whole store, every record, for `import` into a new store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;export;help;cases'= {
        }
        &'oversight;export;help;store'= {
        }
        &'oversight;export;help;help'= {
        }
        &'oversight;import'= {
            cand --map 'A mapping (TOML) from another system''s columns and values onto these (every key: `man oversight-mapping`; an example: examples/ccrb-2020.map.toml)'
            cand --reject 'Import the good cases and write every refused row, with its line and reasons, to FILE (owner-only) to fix and import again; a case with one bad row is refused whole'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --dry-run 'Write nothing: report what would be imported and what would be refused, and why (exit 2 if anything would be)'
            cand --force 'With --reject: replace a file already at FILE'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;copy'= {
            cand --from 'The store to copy: a file, or postgresql://USER@HOST/DB'
            cand --to 'Where the new store goes: a file that does not exist yet, or a database with no store in it'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;report'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand annual 'The annual report: complaints, findings, timeliness, the Chief''s concurrence'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;report;annual'= {
            cand --year 'The year reported on'
            cand --output 'Write to FILE (created owner-only, never through a link) instead of standard output'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --fiscal 'The fiscal year ending in --year (ending 30 September under miami-cip)'
            cand --public 'The public version: the comparison with the Chief''s actions as counts, without case numbers'
            cand --html 'One self-contained HTML file to hand over or print (charts, no external assets)'
            cand --force 'With --output: replace a file or link already at FILE'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;report;help'= {
            cand annual 'The annual report: complaints, findings, timeliness, the Chief''s concurrence'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;report;help;annual'= {
        }
        &'oversight;report;help;help'= {
        }
        &'oversight;policy'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand recommend 'Record a policy recommendation sent to the Chief'
            cand proposed 'Record the Chief''s proposed policy revision'
            cand comment 'Record the panel''s comments on the Chief''s proposed revision'
            cand response 'Record the Chief''s written response: were the recommendations accepted?'
            cand list 'Policy recommendations and proposed revisions, with their deadlines'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;policy;recommend'= {
            cand --date 'When the recommendation was sent to the Chief'
            cand --title 'What it is about'
            cand --text 'The recommendation''s text'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;policy;proposed'= {
            cand --received 'When the panel received the proposed revision'
            cand --implementation 'When the Department means to implement it'
            cand --title 'What it is about'
            cand --text 'The revision''s text or a summary'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --emergency 'An emergency required faster implementation (no 45 days'' notice owed)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;policy;comment'= {
            cand --date 'When the comments were sent to the Chief'
            cand --note 'Free-text note'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;policy;response'= {
            cand --date 'When the response was received'
            cand --accepted 'Were the panel''s recommendations accepted?'
            cand --note 'Free-text note'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;policy;list'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;policy;help'= {
            cand recommend 'Record a policy recommendation sent to the Chief'
            cand proposed 'Record the Chief''s proposed policy revision'
            cand comment 'Record the panel''s comments on the Chief''s proposed revision'
            cand response 'Record the Chief''s written response: were the recommendations accepted?'
            cand list 'Policy recommendations and proposed revisions, with their deadlines'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;policy;help;recommend'= {
        }
        &'oversight;policy;help;proposed'= {
        }
        &'oversight;policy;help;comment'= {
        }
        &'oversight;policy;help;response'= {
        }
        &'oversight;policy;help;list'= {
        }
        &'oversight;policy;help;help'= {
        }
        &'oversight;report-issued'= {
            cand --date 'When the report was issued'
            cand --title 'The report''s title'
            cand --to 'An official it is addressed to (repeatable): Mayor, City Commission, ...'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand response 'Record one recipient''s written response'
            cand list 'Issued reports with each recipient''s deadline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;report-issued;response'= {
            cand --recipient 'Who responded (one of the report''s recipients)'
            cand --date 'When the response was received'
            cand --accepted 'Were the requests or recommendations accepted?'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;report-issued;list'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;report-issued;help'= {
            cand response 'Record one recipient''s written response'
            cand list 'Issued reports with each recipient''s deadline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;report-issued;help;response'= {
        }
        &'oversight;report-issued;help;list'= {
        }
        &'oversight;report-issued;help;help'= {
        }
        &'oversight;subpoena'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand request 'Request a subpoena for a witness or documents in an open case'
            cand counsel-review 'Record the Independent Counsel''s review of a subpoena request'
            cand vote 'Record the panel''s vote on a subpoena'
            cand served 'Record that an issued subpoena was served'
            cand list 'Subpoenas and where each stands'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;subpoena;request'= {
            cand --for 'What the subpoena is for'
            cand --date 'When it was requested'
            cand --description 'Whom or what, in a few words'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;subpoena;counsel-review'= {
            cand --date 'When counsel decided'
            cand --result 'Counsel''s decision'
            cand --note 'Free-text note'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --state-attorney-consulted 'Counsel consulted the State Attorney (required in a criminal case)'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;subpoena;vote'= {
            cand --date 'When the panel voted'
            cand --yes 'Members voting yes'
            cand --no 'Members voting no'
            cand --seated 'Members seated on the panel that day'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;subpoena;served'= {
            cand --date 'When it was served'
            cand --note 'Free-text note (by whom, where)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;subpoena;list'= {
            cand --case 'Only this case''s subpoenas'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;subpoena;help'= {
            cand request 'Request a subpoena for a witness or documents in an open case'
            cand counsel-review 'Record the Independent Counsel''s review of a subpoena request'
            cand vote 'Record the panel''s vote on a subpoena'
            cand served 'Record that an issued subpoena was served'
            cand list 'Subpoenas and where each stands'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;subpoena;help;request'= {
        }
        &'oversight;subpoena;help;counsel-review'= {
        }
        &'oversight;subpoena;help;vote'= {
        }
        &'oversight;subpoena;help;served'= {
        }
        &'oversight;subpoena;help;list'= {
        }
        &'oversight;subpoena;help;help'= {
        }
        &'oversight;audit'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'List the audit trail: every change and every reading of personal data'
            cand changes 'Show what each write changed in a case: the values written and those they replaced'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;audit;log'= {
            cand --case 'Only rows about this case (or policy/report number)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;audit;changes'= {
            cand --case 'Only the changes of this case (also one no longer in the store)'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;audit;help'= {
            cand log 'List the audit trail: every change and every reading of personal data'
            cand changes 'Show what each write changed in a case: the values written and those they replaced'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;audit;help;log'= {
        }
        &'oversight;audit;help;changes'= {
        }
        &'oversight;audit;help;help'= {
        }
        &'oversight;verify'= {
            cand --expect 'A head printed by an earlier verify: fail unless the log extends it'
            cand --head-file 'Check against the head kept in FILE, then keep the new head there (owner-only); a FILE that is gone is an error, not a fresh start'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --new-head 'Start the head file: the first check, when FILE holds no head yet'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;config'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the settings in effect and where each came from (flag, environment, config file, default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;config;show'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;config;help'= {
            cand show 'Show the settings in effect and where each came from (flag, environment, config file, default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;config;help;show'= {
        }
        &'oversight;config;help;help'= {
        }
        &'oversight;backup'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --force 'Replace a file or link already at FILE'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'One officer: every case and allegation, with findings'
            cand list 'Every officer on file, with how many cases name them'
            cand update 'Correct an officer''s name on file or record their employment status'
            cand find 'Find officers by name: the name on file or a name a case gave them'
            cand rename 'Correct the name on file of an officer (every case shows it)'
            cand merge 'Merge badge FROM into badge INTO: the same officer recorded twice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;officer;show'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;list'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;update'= {
            cand --name 'The name on file'
            cand --status 'Employment status'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;find'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;rename'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;merge'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;officer;help'= {
            cand show 'One officer: every case and allegation, with findings'
            cand list 'Every officer on file, with how many cases name them'
            cand update 'Correct an officer''s name on file or record their employment status'
            cand find 'Find officers by name: the name on file or a name a case gave them'
            cand rename 'Correct the name on file of an officer (every case shows it)'
            cand merge 'Merge badge FROM into badge INTO: the same officer recorded twice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;officer;help;show'= {
        }
        &'oversight;officer;help;list'= {
        }
        &'oversight;officer;help;update'= {
        }
        &'oversight;officer;help;find'= {
        }
        &'oversight;officer;help;rename'= {
        }
        &'oversight;officer;help;merge'= {
        }
        &'oversight;officer;help;help'= {
        }
        &'oversight;holidays'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the holidays of a year'
            cand add 'Add a local holiday (deadlines spanning it move)'
            cand remove 'Remove a holiday the office works (federal or local)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;holidays;list'= {
            cand --year 'Calendar year [default: the year of --as-of]'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays;add'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays;remove'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays;help'= {
            cand list 'List the holidays of a year'
            cand add 'Add a local holiday (deadlines spanning it move)'
            cand remove 'Remove a holiday the office works (federal or local)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;holidays;help;list'= {
        }
        &'oversight;holidays;help;add'= {
        }
        &'oversight;holidays;help;remove'= {
        }
        &'oversight;holidays;help;help'= {
        }
        &'oversight;admin'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade'
            cand grant 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)'
            cand revoke 'Take one of the office''s roles back from a database login'
            cand roles 'List the office''s roles and what each may do (no store needed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;admin;init'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;admin;grant'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;admin;revoke'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;admin;roles'= {
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;admin;help'= {
            cand init 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade'
            cand grant 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)'
            cand revoke 'Take one of the office''s roles back from a database login'
            cand roles 'List the office''s roles and what each may do (no store needed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;admin;help;init'= {
        }
        &'oversight;admin;help;grant'= {
        }
        &'oversight;admin;help;revoke'= {
        }
        &'oversight;admin;help;roles'= {
        }
        &'oversight;admin;help;help'= {
        }
        &'oversight;generate'= {
            cand --out 'The folder holding completions/ and man/'
            cand --db 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -q 'No informational messages on stderr (errors and warnings only)'
            cand --quiet 'No informational messages on stderr (errors and warnings only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;help'= {
            cand init 'Create the store (intake and import also create one; every other command needs it to exist)'
            cand intake 'Record a new case; prompts for each missing required field on a terminal'
            cand notify-pd 'Record that the police department was notified / the complaint forwarded'
            cand refer-counsel 'Record that the complaint was sent to the Independent Counsel'
            cand counsel-determination 'Record the Independent Counsel''s written determination on interference'
            cand challenge 'Record a prosecutorial agency''s written notice of a legal challenge'
            cand criminal-investigation 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)'
            cand chief-decision 'Record the Chief''s final decision on an IA closed case'
            cand ia-file-access 'Record that the IA investigative file was made available'
            cand decide 'Record the Executive Director''s decision on an IA closed case: investigate or review'
            cand commence 'Record that the investigation (or review) commenced'
            cand extend 'Extend a direct case''s completion deadline once the IA file is received'
            cand present 'Record that the completed investigation or review was presented to the panel'
            cand remand 'Record that the panel remanded the matter for further work'
            cand finding 'Record the panel''s finding per allegation'
            cand transmit 'Record that the findings and recommendations were sent to the Chief'
            cand chief-response 'Record the Chief''s written response and the action taken'
            cand close 'Close the case, with findings or out of time'
            cand checklist 'Record a checklist item: a notice the law requires (shown on `show` until recorded)'
            cand correct 'Correct or retract a recorded step; the original stays on the timeline'
            cand assign 'Give a case to an investigator (by login); a reassignment keeps the one before'
            cand caseload 'Per investigator: open cases, deadlines due in the next 7 days, overdue'
            cand show 'Show one case: parties, allegations, timeline, deadlines with status and citation'
            cand list 'List cases'
            cand overdue 'List every open deadline past due, oldest first (run it from cron)'
            cand due 'List open deadlines falling due today or in the next N days'
            cand monitoring 'The public monitoring list: officers subject of 3 or more complaints in the past year'
            cand publish 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads'
            cand export 'Export data (CSV or JSON), or the whole store'
            cand import 'Import cases from CSV (the columns of `export cases`, or another system''s through --map), or restore a store export'
            cand copy 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after'
            cand report 'Reports: the annual report'
            cand policy 'Policy reviews: recommendations, the Chief''s proposed revisions, responses'
            cand report-issued 'Record a report issued with recommendations, and the responses it calls for'
            cand subpoena 'Subpoenas: request, counsel''s review, the panel''s vote, service'
            cand audit 'The audit trail: who changed or looked at what, and when'
            cand verify 'Check the store: file integrity, the audit chain, each case against the log and its events'
            cand config 'Configuration: defaults for the store path, the profile, the case-number prefix'
            cand backup 'Copy the store to FILE while it stays in use (online backup)'
            cand officer 'Officers: one officer''s cases and findings, the roster, corrections'
            cand holidays 'The working-day calendar: federal holidays by rule, plus local changes'
            cand admin 'Roles in a store an office shares on a server (its owner''s commands)'
            cand generate 'Regenerate completions/ and man/ (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;help;init'= {
        }
        &'oversight;help;intake'= {
        }
        &'oversight;help;notify-pd'= {
        }
        &'oversight;help;refer-counsel'= {
        }
        &'oversight;help;counsel-determination'= {
        }
        &'oversight;help;challenge'= {
        }
        &'oversight;help;criminal-investigation'= {
        }
        &'oversight;help;chief-decision'= {
        }
        &'oversight;help;ia-file-access'= {
        }
        &'oversight;help;decide'= {
        }
        &'oversight;help;commence'= {
        }
        &'oversight;help;extend'= {
        }
        &'oversight;help;present'= {
        }
        &'oversight;help;remand'= {
        }
        &'oversight;help;finding'= {
        }
        &'oversight;help;transmit'= {
        }
        &'oversight;help;chief-response'= {
        }
        &'oversight;help;close'= {
        }
        &'oversight;help;checklist'= {
        }
        &'oversight;help;correct'= {
        }
        &'oversight;help;assign'= {
        }
        &'oversight;help;caseload'= {
        }
        &'oversight;help;show'= {
        }
        &'oversight;help;list'= {
        }
        &'oversight;help;overdue'= {
        }
        &'oversight;help;due'= {
        }
        &'oversight;help;monitoring'= {
        }
        &'oversight;help;publish'= {
        }
        &'oversight;help;export'= {
            cand cases 'Export cases, one row per allegation (CSV or JSON); --public for publication'
            cand store 'Export the whole store, every record, for `import` into a new store'
        }
        &'oversight;help;export;cases'= {
        }
        &'oversight;help;export;store'= {
        }
        &'oversight;help;import'= {
        }
        &'oversight;help;copy'= {
        }
        &'oversight;help;report'= {
            cand annual 'The annual report: complaints, findings, timeliness, the Chief''s concurrence'
        }
        &'oversight;help;report;annual'= {
        }
        &'oversight;help;policy'= {
            cand recommend 'Record a policy recommendation sent to the Chief'
            cand proposed 'Record the Chief''s proposed policy revision'
            cand comment 'Record the panel''s comments on the Chief''s proposed revision'
            cand response 'Record the Chief''s written response: were the recommendations accepted?'
            cand list 'Policy recommendations and proposed revisions, with their deadlines'
        }
        &'oversight;help;policy;recommend'= {
        }
        &'oversight;help;policy;proposed'= {
        }
        &'oversight;help;policy;comment'= {
        }
        &'oversight;help;policy;response'= {
        }
        &'oversight;help;policy;list'= {
        }
        &'oversight;help;report-issued'= {
            cand response 'Record one recipient''s written response'
            cand list 'Issued reports with each recipient''s deadline'
        }
        &'oversight;help;report-issued;response'= {
        }
        &'oversight;help;report-issued;list'= {
        }
        &'oversight;help;subpoena'= {
            cand request 'Request a subpoena for a witness or documents in an open case'
            cand counsel-review 'Record the Independent Counsel''s review of a subpoena request'
            cand vote 'Record the panel''s vote on a subpoena'
            cand served 'Record that an issued subpoena was served'
            cand list 'Subpoenas and where each stands'
        }
        &'oversight;help;subpoena;request'= {
        }
        &'oversight;help;subpoena;counsel-review'= {
        }
        &'oversight;help;subpoena;vote'= {
        }
        &'oversight;help;subpoena;served'= {
        }
        &'oversight;help;subpoena;list'= {
        }
        &'oversight;help;audit'= {
            cand log 'List the audit trail: every change and every reading of personal data'
            cand changes 'Show what each write changed in a case: the values written and those they replaced'
        }
        &'oversight;help;audit;log'= {
        }
        &'oversight;help;audit;changes'= {
        }
        &'oversight;help;verify'= {
        }
        &'oversight;help;config'= {
            cand show 'Show the settings in effect and where each came from (flag, environment, config file, default)'
        }
        &'oversight;help;config;show'= {
        }
        &'oversight;help;backup'= {
        }
        &'oversight;help;officer'= {
            cand show 'One officer: every case and allegation, with findings'
            cand list 'Every officer on file, with how many cases name them'
            cand update 'Correct an officer''s name on file or record their employment status'
            cand find 'Find officers by name: the name on file or a name a case gave them'
            cand rename 'Correct the name on file of an officer (every case shows it)'
            cand merge 'Merge badge FROM into badge INTO: the same officer recorded twice'
        }
        &'oversight;help;officer;show'= {
        }
        &'oversight;help;officer;list'= {
        }
        &'oversight;help;officer;update'= {
        }
        &'oversight;help;officer;find'= {
        }
        &'oversight;help;officer;rename'= {
        }
        &'oversight;help;officer;merge'= {
        }
        &'oversight;help;holidays'= {
            cand list 'List the holidays of a year'
            cand add 'Add a local holiday (deadlines spanning it move)'
            cand remove 'Remove a holiday the office works (federal or local)'
        }
        &'oversight;help;holidays;list'= {
        }
        &'oversight;help;holidays;add'= {
        }
        &'oversight;help;holidays;remove'= {
        }
        &'oversight;help;admin'= {
            cand init 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade'
            cand grant 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)'
            cand revoke 'Take one of the office''s roles back from a database login'
            cand roles 'List the office''s roles and what each may do (no store needed)'
        }
        &'oversight;help;admin;init'= {
        }
        &'oversight;help;admin;grant'= {
        }
        &'oversight;help;admin;revoke'= {
        }
        &'oversight;help;admin;roles'= {
        }
        &'oversight;help;generate'= {
        }
        &'oversight;help;help'= {
        }
    ]
    $completions[$command]
}
