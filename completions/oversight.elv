
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
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the store (any other command creates it on first use with the default profile)'
            cand intake 'Record a new case; prompts for each missing required field on a terminal'
            cand notify-pd 'Record that the police department was notified / the complaint forwarded (11.5-31(1)(b), (3)(b)(i))'
            cand refer-counsel 'Record that the complaint was sent to the Independent Counsel (11.5-31(3)(b)(ii))'
            cand show 'Show one case: parties, allegations, timeline, deadlines with status and citation'
            cand list 'List cases'
            cand overdue 'List every open deadline past due, oldest first (run it from cron)'
            cand due 'List open deadlines falling due today or in the next N days'
            cand holidays 'The working-day calendar: federal holidays by rule, plus local changes'
            cand generate 'Regenerate completions/ and man/ (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oversight;init'= {
            cand --profile 'A shipped profile (miami-cip, florida-ia) or a profile TOML file'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
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
            cand --late-vote 'The panel''s vote accepting a late complaint: "DATE YES-NO"'
            cand --chief-decision 'IA closed cases: date of the Chief''s final decision'
            cand --ia-file-access 'IA closed cases: date the IA investigative file was made available'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --anonymous 'No complainant named'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;notify-pd'= {
            cand --date 'When the department was notified'
            cand --note 'Free-text note (how, to whom)'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;refer-counsel'= {
            cand --date 'When the complaint was sent to the Independent Counsel'
            cand --note 'Free-text note'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;show'= {
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;list'= {
            cand --status 'Only open or only closed cases'
            cand --officer 'Only cases naming the officer with this badge'
            cand --year 'Only cases received in this calendar year'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;overdue'= {
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --exit-code 'Exit with status 1 when anything is overdue'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;due'= {
            cand --within 'How many calendar days ahead to look (0: due today)'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays'= {
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
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
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays;add'= {
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;holidays;remove'= {
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
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
        &'oversight;generate'= {
            cand --out 'The folder holding completions/ and man/'
            cand --db 'The store file [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]'
            cand --as-of 'What "today" is, for every date-dependent output [default: today]'
            cand --format 'Output form for commands that print records'
            cand --no-input 'Never prompt (also when standard input is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oversight;help'= {
            cand init 'Create the store (any other command creates it on first use with the default profile)'
            cand intake 'Record a new case; prompts for each missing required field on a terminal'
            cand notify-pd 'Record that the police department was notified / the complaint forwarded (11.5-31(1)(b), (3)(b)(i))'
            cand refer-counsel 'Record that the complaint was sent to the Independent Counsel (11.5-31(3)(b)(ii))'
            cand show 'Show one case: parties, allegations, timeline, deadlines with status and citation'
            cand list 'List cases'
            cand overdue 'List every open deadline past due, oldest first (run it from cron)'
            cand due 'List open deadlines falling due today or in the next N days'
            cand holidays 'The working-day calendar: federal holidays by rule, plus local changes'
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
        &'oversight;help;show'= {
        }
        &'oversight;help;list'= {
        }
        &'oversight;help;overdue'= {
        }
        &'oversight;help;due'= {
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
        &'oversight;help;generate'= {
        }
        &'oversight;help;help'= {
        }
    ]
    $completions[$command]
}
