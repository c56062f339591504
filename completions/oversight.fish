# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oversight_global_optspecs
    string join \n db= as-of= no-input q/quiet format= h/help V/version
end

function __fish_oversight_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oversight_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oversight_using_subcommand
    set -l cmd (__fish_oversight_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oversight -n "__fish_oversight_needs_command" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_needs_command" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_needs_command" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_needs_command" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_needs_command" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_needs_command" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "init" -d 'Create the store (intake and import also create one; every other command needs it to exist)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "intake" -d 'Record a new case; prompts for each missing required field on a terminal'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "notify-pd" -d 'Record that the police department was notified / the complaint forwarded'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "refer-counsel" -d 'Record that the complaint was sent to the Independent Counsel'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "counsel-determination" -d 'Record the Independent Counsel\'s written determination on interference'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "challenge" -d 'Record a prosecutorial agency\'s written notice of a legal challenge'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "criminal-investigation" -d 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "chief-decision" -d 'Record the Chief\'s final decision on an IA closed case'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "ia-file-access" -d 'Record that the IA investigative file was made available'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "decide" -d 'Record the Executive Director\'s decision on an IA closed case: investigate or review'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "commence" -d 'Record that the investigation (or review) commenced'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "extend" -d 'Extend a direct case\'s completion deadline once the IA file is received'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "present" -d 'Record that the completed investigation or review was presented to the panel'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "remand" -d 'Record that the panel remanded the matter for further work'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "finding" -d 'Record the panel\'s finding per allegation'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "transmit" -d 'Record that the findings and recommendations were sent to the Chief'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "chief-response" -d 'Record the Chief\'s written response and the action taken'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "close" -d 'Close the case, with findings or out of time'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "checklist" -d 'Record a checklist item: a notice the law requires (shown on `show` until recorded)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "correct" -d 'Correct or retract a recorded step; the original stays on the timeline'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "assign" -d 'Give a case to an investigator (by login); a reassignment keeps the one before'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "caseload" -d 'Per investigator: open cases, deadlines due in the next 7 days, overdue'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "show" -d 'Show one case: parties, allegations, timeline, deadlines with status and citation'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "list" -d 'List cases'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "overdue" -d 'List every open deadline past due, oldest first (run it from cron)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "due" -d 'List open deadlines falling due today or in the next N days'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "monitoring" -d 'The public monitoring list: officers subject of 3 or more complaints in the past year'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "publish" -d 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "export" -d 'Export data (CSV or JSON), or the whole store'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "import" -d 'Import cases from CSV (the columns of `export cases`, or another system\'s through --map), or restore a store export'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "copy" -d 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "report" -d 'Reports: the annual report'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "policy" -d 'Policy reviews: recommendations, the Chief\'s proposed revisions, responses'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "report-issued" -d 'Record a report issued with recommendations, and the responses it calls for'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "subpoena" -d 'Subpoenas: request, counsel\'s review, the panel\'s vote, service'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "audit" -d 'The audit trail: who changed or looked at what, and when'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "verify" -d 'Check the store: file integrity, the audit chain, each case against the log and its events'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "config" -d 'Configuration: defaults for the store path, the profile, the case-number prefix'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "backup" -d 'Copy the store to FILE while it stays in use (online backup)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "officer" -d 'Officers: one officer\'s cases and findings, the roster, corrections'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "holidays" -d 'The working-day calendar: federal holidays by rule, plus local changes'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "admin" -d 'Roles in a store an office shares on a server (its owner\'s commands)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "generate" -d 'Regenerate completions/ and man/ (for maintainers)'
complete -c oversight -n "__fish_oversight_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand init" -l profile -d 'A shipped profile (miami-cip, florida-ia) or a profile TOML file [default: the configured profile, else miami-cip]' -r
complete -c oversight -n "__fish_oversight_using_subcommand init" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand init" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand init" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand init" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand init" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand init" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l received -d 'Date the complaint (or IA close-out report) was received' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l source -d 'direct, ia-closed, force-death or force-gbh' -r -f -a "direct\t''
ia-closed\t''
force-death\t''
force-gbh\t''"
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l incident-date -d 'Date of the incident' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l aware-date -d 'For a systemic problem: when the complainant became aware of it' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l criminal -d 'Potentially criminal conduct by an officer (not asked for force-*: always yes)' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l complainant -d 'A complainant\'s name (repeat for several)' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l officer -d 'An officer as "NAME#BADGE" (repeat; badge "unknown" allowed)' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l allegation -d 'An allegation as "CATEGORY@BADGE" (repeat)' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l summary -d 'What the complaint is about' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l late-vote -d 'The panel\'s vote accepting a late complaint: "DATE YES-NO of SEATED", for example "2025-03-04 8-3 of 13"' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l chief-decision -d 'IA closed cases: date of the Chief\'s final decision' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l ia-file-access -d 'IA closed cases: date the IA investigative file was made available' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l channel -d 'How the complaint came in: one of the profile\'s [fields] channel values (walk-in, phone, online, mail, email, referral, other, unknown)' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l field -d 'An optional field of the profile\'s [fields] for every allegation, or with @BADGE for those against that officer (repeat): complainant_race, complainant_sex, complainant_age, officer_race, officer_sex, officer_age, officer_unit (free text); channel=VALUE is the case\'s, as --channel' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l assign -d 'Assign the case at once to this investigator (login), from today, as `assign` does' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l anonymous -d 'No complainant named'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l same-officer -d 'A badge on file under another name is the same officer: keep the name on file (otherwise such a badge is refused)'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand intake" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand notify-pd" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand refer-counsel" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l result -d 'What counsel determined' -r -f -a "no-interference\t'An investigation will not interfere: it may commence'
interference\t'It would interfere with a criminal investigation or prosecution'"
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand counsel-determination" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand challenge" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l status -d 'Pending from this date, or concluded on it' -r -f -a "pending\t''
concluded\t''"
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand criminal-investigation" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand chief-decision" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand ia-file-access" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l action -d 'Investigate the matter independently, or review the IA file' -r -f -a "investigate\t'An independent investigation (180 days)'
review\t'A review of the IA file (60 days)'"
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand decide" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand decide" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand decide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand decide" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand commence" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand commence" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand commence" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand commence" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l ia-file-received -d 'When the Internal Affairs investigative file was received' -r
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l note -d 'Free-text note' -r
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand extend" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand extend" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand extend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand extend" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand present" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand present" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand present" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand present" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand present" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand present" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand present" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand present" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand present" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l next-meeting -d 'Date of the panel\'s next regular meeting (the new due date)' -r
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand remand" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand remand" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand remand" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand remand" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l allegation -d 'Allegation number on the case (repeatable; see `show`)' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l finding -d 'The finding, from the profile\'s list (asked for on a terminal)' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l reason -d 'Why there is no finding (with no-finding), from the profile\'s list' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l all -d 'Every allegation of the case'
complete -c oversight -n "__fish_oversight_using_subcommand finding" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand finding" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand finding" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand finding" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand transmit" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l concurs -d 'Does the Chief accept the panel\'s findings and recommendations?' -r -f -a "yes\t''
no\t''
partial\t''"
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l action -d 'The action the Chief took, in words' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l department -d 'The Department\'s own finding on an allegation: N=FINDING (repeatable)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l discipline -d 'The discipline imposed for an allegation: N=TEXT (repeatable)' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand chief-response" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand close" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand close" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand close" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand close" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand close" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand close" -l out-of-time -d 'Close without a finding: the time to complete ran out'
complete -c oversight -n "__fish_oversight_using_subcommand close" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand close" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand close" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l date -d 'When it happened (asked for on a terminal, today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l note -d 'Free-text note (who, how)' -r
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand checklist" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l event -d 'The event to correct (its # in `show`)' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l reason -d 'Why (kept on the timeline)' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l date -d 'The right date' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l result -d 'The right result (determination, decision, finding...)' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l finding-reason -d 'A finding\'s reason for no finding (with --result no-finding, or to correct the reason alone), one of the profile\'s; a finding corrected to another result drops its reason' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l retract -d 'The step did not happen: withdraw it'
complete -c oversight -n "__fish_oversight_using_subcommand correct" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand correct" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand correct" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand correct" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l to -d 'The investigator\'s login' -r
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l date -d 'From when (today by default)' -r
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand assign" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand assign" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand assign" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand caseload" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand show" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand show" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand show" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand show" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand show" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand show" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand list" -l status -d 'Only open or only closed cases' -r -f -a "open\t''
closed\t''"
complete -c oversight -n "__fish_oversight_using_subcommand list" -l officer -d 'Only cases naming the officer with this badge' -r
complete -c oversight -n "__fish_oversight_using_subcommand list" -l year -d 'Only cases received in this calendar year' -r
complete -c oversight -n "__fish_oversight_using_subcommand list" -l assignee -d 'Only cases assigned to this investigator (login) now (on the --as-of day)' -r
complete -c oversight -n "__fish_oversight_using_subcommand list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand list" -l ids -d 'Case numbers only, one per line (for scripts and shell completion)'
complete -c oversight -n "__fish_oversight_using_subcommand list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l assignee -d 'Only cases assigned to this investigator (login) now' -r
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l exit-code -d 'Exit with status 1 when anything is overdue'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l mine -d 'Only cases assigned to me (this account\'s login) now'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand overdue" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand due" -l within -d 'How many calendar days ahead to look (0: due today)' -r
complete -c oversight -n "__fish_oversight_using_subcommand due" -l assignee -d 'Only cases assigned to this investigator (login) now' -r
complete -c oversight -n "__fish_oversight_using_subcommand due" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand due" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand due" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand due" -l mine -d 'Only cases assigned to me (this account\'s login) now'
complete -c oversight -n "__fish_oversight_using_subcommand due" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand due" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand due" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -l internal -d 'The office\'s own list: complaints still under investigation counted too (confidential; reading it is audited)'
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand monitoring" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand publish" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand publish" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand publish" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand publish" -l force -d 'Replace a site already at DIR (a folder; never a file or a link)'
complete -c oversight -n "__fish_oversight_using_subcommand publish" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand publish" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand publish" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -f -a "cases" -d 'Export cases, one row per allegation (CSV or JSON); --public for publication'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -f -a "store" -d 'Export the whole store, every record, for `import` into a new store'
complete -c oversight -n "__fish_oversight_using_subcommand export; and not __fish_seen_subcommand_from cases store help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l year -d 'Only cases received in this calendar year' -r
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l output -d 'Write to FILE (created owner-only, never through a link) instead of standard output' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l public -d 'Leave out personal data and every case still under investigation'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l fields -d 'Add the optional fields after SPEC\'s columns: channel, officer_unit, officer_race, officer_sex, officer_age, complainant_race, complainant_sex, complainant_age (never in --public: they are published only in aggregate)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l force -d 'With --output: replace a file or link already at FILE'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from cases" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l output -d 'Write to FILE (created owner-only, never through a link) instead of standard output' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l force -d 'With --output: replace a file or link already at FILE'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from store" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "cases" -d 'Export cases, one row per allegation (CSV or JSON); --public for publication'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "store" -d 'Export the whole store, every record, for `import` into a new store'
complete -c oversight -n "__fish_oversight_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand import" -l map -d 'A mapping (TOML) from another system\'s columns and values onto these (every key: `man oversight-mapping`; an example: examples/ccrb-2020.map.toml)' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand import" -l reject -d 'Import the good cases and write every refused row, with its line and reasons, to FILE (owner-only) to fix and import again; a case with one bad row is refused whole' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand import" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand import" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand import" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand import" -l dry-run -d 'Write nothing: report what would be imported and what would be refused, and why (exit 2 if anything would be)'
complete -c oversight -n "__fish_oversight_using_subcommand import" -l force -d 'With --reject: replace a file already at FILE'
complete -c oversight -n "__fish_oversight_using_subcommand import" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand import" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand import" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l from -d 'The store to copy: a file, or postgresql://USER@HOST/DB' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l to -d 'Where the new store goes: a file that does not exist yet, or a database with no store in it' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand copy" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand copy" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand copy" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -f -a "annual" -d 'The annual report: complaints, findings, timeliness, the Chief\'s concurrence'
complete -c oversight -n "__fish_oversight_using_subcommand report; and not __fish_seen_subcommand_from annual help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l year -d 'The year reported on' -r
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l output -d 'Write to FILE (created owner-only, never through a link) instead of standard output' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l fiscal -d 'The fiscal year ending in --year (ending 30 September under miami-cip)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l public -d 'The public version: the comparison with the Chief\'s actions as counts, without case numbers'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l html -d 'One self-contained HTML file to hand over or print (charts, no external assets)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l force -d 'With --output: replace a file or link already at FILE'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from annual" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "annual" -d 'The annual report: complaints, findings, timeliness, the Chief\'s concurrence'
complete -c oversight -n "__fish_oversight_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "recommend" -d 'Record a policy recommendation sent to the Chief'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "proposed" -d 'Record the Chief\'s proposed policy revision'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "comment" -d 'Record the panel\'s comments on the Chief\'s proposed revision'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "response" -d 'Record the Chief\'s written response: were the recommendations accepted?'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "list" -d 'Policy recommendations and proposed revisions, with their deadlines'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and not __fish_seen_subcommand_from recommend proposed comment response list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l date -d 'When the recommendation was sent to the Chief' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l title -d 'What it is about' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l text -d 'The recommendation\'s text' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from recommend" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l received -d 'When the panel received the proposed revision' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l implementation -d 'When the Department means to implement it' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l title -d 'What it is about' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l text -d 'The revision\'s text or a summary' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l emergency -d 'An emergency required faster implementation (no 45 days\' notice owed)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from proposed" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l date -d 'When the comments were sent to the Chief' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l note -d 'Free-text note' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from comment" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l date -d 'When the response was received' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l accepted -d 'Were the panel\'s recommendations accepted?' -r -f -a "yes\t''
no\t''
partial\t''"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l note -d 'Free-text note' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from response" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "recommend" -d 'Record a policy recommendation sent to the Chief'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "proposed" -d 'Record the Chief\'s proposed policy revision'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "comment" -d 'Record the panel\'s comments on the Chief\'s proposed revision'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "response" -d 'Record the Chief\'s written response: were the recommendations accepted?'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "list" -d 'Policy recommendations and proposed revisions, with their deadlines'
complete -c oversight -n "__fish_oversight_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l date -d 'When the report was issued' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l title -d 'The report\'s title' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l to -d 'An official it is addressed to (repeatable): Mayor, City Commission, ...' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -f -a "response" -d 'Record one recipient\'s written response'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -f -a "list" -d 'Issued reports with each recipient\'s deadline'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and not __fish_seen_subcommand_from response list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l recipient -d 'Who responded (one of the report\'s recipients)' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l date -d 'When the response was received' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l accepted -d 'Were the requests or recommendations accepted?' -r -f -a "yes\t''
no\t''
partial\t''"
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from response" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from help" -f -a "response" -d 'Record one recipient\'s written response'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from help" -f -a "list" -d 'Issued reports with each recipient\'s deadline'
complete -c oversight -n "__fish_oversight_using_subcommand report-issued; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "request" -d 'Request a subpoena for a witness or documents in an open case'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "counsel-review" -d 'Record the Independent Counsel\'s review of a subpoena request'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "vote" -d 'Record the panel\'s vote on a subpoena'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "served" -d 'Record that an issued subpoena was served'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "list" -d 'Subpoenas and where each stands'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and not __fish_seen_subcommand_from request counsel-review vote served list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l for -d 'What the subpoena is for' -r -f -a "witness\t''
documents\t''"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l date -d 'When it was requested' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l description -d 'Whom or what, in a few words' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l date -d 'When counsel decided' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l result -d 'Counsel\'s decision' -r -f -a "approved\t''
denied\t''"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l note -d 'Free-text note' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l state-attorney-consulted -d 'Counsel consulted the State Attorney (required in a criminal case)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from counsel-review" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l date -d 'When the panel voted' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l yes -d 'Members voting yes' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l no -d 'Members voting no' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l seated -d 'Members seated on the panel that day' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from vote" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l date -d 'When it was served' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l note -d 'Free-text note (by whom, where)' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from served" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -l case -d 'Only this case\'s subpoenas' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "request" -d 'Request a subpoena for a witness or documents in an open case'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "counsel-review" -d 'Record the Independent Counsel\'s review of a subpoena request'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "vote" -d 'Record the panel\'s vote on a subpoena'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "served" -d 'Record that an issued subpoena was served'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subpoenas and where each stands'
complete -c oversight -n "__fish_oversight_using_subcommand subpoena; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -f -a "log" -d 'List the audit trail: every change and every reading of personal data'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -f -a "changes" -d 'Show what each write changed in a case: the values written and those they replaced'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and not __fish_seen_subcommand_from log changes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -l case -d 'Only rows about this case (or policy/report number)' -r
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -l case -d 'Only the changes of this case (also one no longer in the store)' -r
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from changes" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'List the audit trail: every change and every reading of personal data'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "changes" -d 'Show what each write changed in a case: the values written and those they replaced'
complete -c oversight -n "__fish_oversight_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l expect -d 'A head printed by an earlier verify: fail unless the log extends it' -r
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l head-file -d 'Check against the head kept in FILE, then keep the new head there (owner-only); a FILE that is gone is an error, not a fresh start' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l new-head -d 'Start the head file: the first check, when FILE holds no head yet'
complete -c oversight -n "__fish_oversight_using_subcommand verify" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand verify" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand verify" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show the settings in effect and where each came from (flag, environment, config file, default)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in effect and where each came from (flag, environment, config file, default)'
complete -c oversight -n "__fish_oversight_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand backup" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand backup" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand backup" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand backup" -l force -d 'Replace a file or link already at FILE'
complete -c oversight -n "__fish_oversight_using_subcommand backup" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand backup" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand backup" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "show" -d 'One officer: every case and allegation, with findings'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "list" -d 'Every officer on file, with how many cases name them'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "update" -d 'Correct an officer\'s name on file or record their employment status'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "find" -d 'Find officers by name: the name on file or a name a case gave them'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "rename" -d 'Correct the name on file of an officer (every case shows it)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "merge" -d 'Merge badge FROM into badge INTO: the same officer recorded twice'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and not __fish_seen_subcommand_from show list update find rename merge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l name -d 'The name on file' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l status -d 'Employment status' -r -f -a "active\t''
separated\t''"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "show" -d 'One officer: every case and allegation, with findings'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every officer on file, with how many cases name them'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "update" -d 'Correct an officer\'s name on file or record their employment status'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find officers by name: the name on file or a name a case gave them'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Correct the name on file of an officer (every case shows it)'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge badge FROM into badge INTO: the same officer recorded twice'
complete -c oversight -n "__fish_oversight_using_subcommand officer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List the holidays of a year'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add a local holiday (deadlines spanning it move)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a holiday the office works (federal or local)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -l year -d 'Calendar year [default: the year of --as-of]' -r
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the holidays of a year'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a local holiday (deadlines spanning it move)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a holiday the office works (federal or local)'
complete -c oversight -n "__fish_oversight_using_subcommand holidays; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -f -a "init" -d 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store\'s owner, again after an upgrade'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -f -a "grant" -d 'Give a database login one of the office\'s roles (investigator, clerk, analyst, auditor)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -f -a "revoke" -d 'Take one of the office\'s roles back from a database login'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -f -a "roles" -d 'List the office\'s roles and what each may do (no store needed)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and not __fish_seen_subcommand_from init grant revoke roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "init" -d 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store\'s owner, again after an upgrade'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a database login one of the office\'s roles (investigator, clerk, analyst, auditor)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take one of the office\'s roles back from a database login'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "roles" -d 'List the office\'s roles and what each may do (no store needed)'
complete -c oversight -n "__fish_oversight_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand generate" -l out -d 'The folder holding completions/ and man/' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand generate" -l db -d 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]' -r -F
complete -c oversight -n "__fish_oversight_using_subcommand generate" -l as-of -d 'What "today" is, for every date-dependent output [default: today]' -r
complete -c oversight -n "__fish_oversight_using_subcommand generate" -l format -d 'Output form for commands that print records' -r -f -a "table\t'Aligned tables for people'
json\t'JSON on stdout, for scripts'
csv\t'CSV with a header row, for spreadsheets'"
complete -c oversight -n "__fish_oversight_using_subcommand generate" -l no-input -d 'Never prompt (also when standard input is not a terminal)'
complete -c oversight -n "__fish_oversight_using_subcommand generate" -s q -l quiet -d 'No informational messages on stderr (errors and warnings only)'
complete -c oversight -n "__fish_oversight_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oversight -n "__fish_oversight_using_subcommand generate" -s V -l version -d 'Print version'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "init" -d 'Create the store (intake and import also create one; every other command needs it to exist)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "intake" -d 'Record a new case; prompts for each missing required field on a terminal'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "notify-pd" -d 'Record that the police department was notified / the complaint forwarded'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "refer-counsel" -d 'Record that the complaint was sent to the Independent Counsel'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "counsel-determination" -d 'Record the Independent Counsel\'s written determination on interference'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "challenge" -d 'Record a prosecutorial agency\'s written notice of a legal challenge'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "criminal-investigation" -d 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "chief-decision" -d 'Record the Chief\'s final decision on an IA closed case'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "ia-file-access" -d 'Record that the IA investigative file was made available'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "decide" -d 'Record the Executive Director\'s decision on an IA closed case: investigate or review'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "commence" -d 'Record that the investigation (or review) commenced'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "extend" -d 'Extend a direct case\'s completion deadline once the IA file is received'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "present" -d 'Record that the completed investigation or review was presented to the panel'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "remand" -d 'Record that the panel remanded the matter for further work'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "finding" -d 'Record the panel\'s finding per allegation'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "transmit" -d 'Record that the findings and recommendations were sent to the Chief'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "chief-response" -d 'Record the Chief\'s written response and the action taken'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "close" -d 'Close the case, with findings or out of time'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "checklist" -d 'Record a checklist item: a notice the law requires (shown on `show` until recorded)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "correct" -d 'Correct or retract a recorded step; the original stays on the timeline'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "assign" -d 'Give a case to an investigator (by login); a reassignment keeps the one before'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "caseload" -d 'Per investigator: open cases, deadlines due in the next 7 days, overdue'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "show" -d 'Show one case: parties, allegations, timeline, deadlines with status and citation'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "list" -d 'List cases'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "overdue" -d 'List every open deadline past due, oldest first (run it from cron)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "due" -d 'List open deadlines falling due today or in the next N days'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "monitoring" -d 'The public monitoring list: officers subject of 3 or more complaints in the past year'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "publish" -d 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "export" -d 'Export data (CSV or JSON), or the whole store'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "import" -d 'Import cases from CSV (the columns of `export cases`, or another system\'s through --map), or restore a store export'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "copy" -d 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "report" -d 'Reports: the annual report'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "policy" -d 'Policy reviews: recommendations, the Chief\'s proposed revisions, responses'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "report-issued" -d 'Record a report issued with recommendations, and the responses it calls for'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "subpoena" -d 'Subpoenas: request, counsel\'s review, the panel\'s vote, service'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "audit" -d 'The audit trail: who changed or looked at what, and when'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "verify" -d 'Check the store: file integrity, the audit chain, each case against the log and its events'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "config" -d 'Configuration: defaults for the store path, the profile, the case-number prefix'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "backup" -d 'Copy the store to FILE while it stays in use (online backup)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "officer" -d 'Officers: one officer\'s cases and findings, the roster, corrections'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "holidays" -d 'The working-day calendar: federal holidays by rule, plus local changes'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "admin" -d 'Roles in a store an office shares on a server (its owner\'s commands)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "generate" -d 'Regenerate completions/ and man/ (for maintainers)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and not __fish_seen_subcommand_from init intake notify-pd refer-counsel counsel-determination challenge criminal-investigation chief-decision ia-file-access decide commence extend present remand finding transmit chief-response close checklist correct assign caseload show list overdue due monitoring publish export import copy report policy report-issued subpoena audit verify config backup officer holidays admin generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "cases" -d 'Export cases, one row per allegation (CSV or JSON); --public for publication'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "store" -d 'Export the whole store, every record, for `import` into a new store'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "annual" -d 'The annual report: complaints, findings, timeliness, the Chief\'s concurrence'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "recommend" -d 'Record a policy recommendation sent to the Chief'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "proposed" -d 'Record the Chief\'s proposed policy revision'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "comment" -d 'Record the panel\'s comments on the Chief\'s proposed revision'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "response" -d 'Record the Chief\'s written response: were the recommendations accepted?'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "list" -d 'Policy recommendations and proposed revisions, with their deadlines'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from report-issued" -f -a "response" -d 'Record one recipient\'s written response'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from report-issued" -f -a "list" -d 'Issued reports with each recipient\'s deadline'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from subpoena" -f -a "request" -d 'Request a subpoena for a witness or documents in an open case'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from subpoena" -f -a "counsel-review" -d 'Record the Independent Counsel\'s review of a subpoena request'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from subpoena" -f -a "vote" -d 'Record the panel\'s vote on a subpoena'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from subpoena" -f -a "served" -d 'Record that an issued subpoena was served'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from subpoena" -f -a "list" -d 'Subpoenas and where each stands'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'List the audit trail: every change and every reading of personal data'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "changes" -d 'Show what each write changed in a case: the values written and those they replaced'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in effect and where each came from (flag, environment, config file, default)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "show" -d 'One officer: every case and allegation, with findings'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "list" -d 'Every officer on file, with how many cases name them'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "update" -d 'Correct an officer\'s name on file or record their employment status'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "find" -d 'Find officers by name: the name on file or a name a case gave them'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "rename" -d 'Correct the name on file of an officer (every case shows it)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from officer" -f -a "merge" -d 'Merge badge FROM into badge INTO: the same officer recorded twice'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from holidays" -f -a "list" -d 'List the holidays of a year'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from holidays" -f -a "add" -d 'Add a local holiday (deadlines spanning it move)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from holidays" -f -a "remove" -d 'Remove a holiday the office works (federal or local)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "init" -d 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store\'s owner, again after an upgrade'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "grant" -d 'Give a database login one of the office\'s roles (investigator, clerk, analyst, auditor)'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "revoke" -d 'Take one of the office\'s roles back from a database login'
complete -c oversight -n "__fish_oversight_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "roles" -d 'List the office\'s roles and what each may do (no store needed)'
