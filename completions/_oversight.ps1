
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oversight' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oversight'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oversight' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (intake and import also create one; every other command needs it to exist)')
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'Record a new case; prompts for each missing required field on a terminal')
            [CompletionResult]::new('notify-pd', 'notify-pd', [CompletionResultType]::ParameterValue, 'Record that the police department was notified / the complaint forwarded')
            [CompletionResult]::new('refer-counsel', 'refer-counsel', [CompletionResultType]::ParameterValue, 'Record that the complaint was sent to the Independent Counsel')
            [CompletionResult]::new('counsel-determination', 'counsel-determination', [CompletionResultType]::ParameterValue, 'Record the Independent Counsel''s written determination on interference')
            [CompletionResult]::new('challenge', 'challenge', [CompletionResultType]::ParameterValue, 'Record a prosecutorial agency''s written notice of a legal challenge')
            [CompletionResult]::new('criminal-investigation', 'criminal-investigation', [CompletionResultType]::ParameterValue, 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)')
            [CompletionResult]::new('chief-decision', 'chief-decision', [CompletionResultType]::ParameterValue, 'Record the Chief''s final decision on an IA closed case')
            [CompletionResult]::new('ia-file-access', 'ia-file-access', [CompletionResultType]::ParameterValue, 'Record that the IA investigative file was made available')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the Executive Director''s decision on an IA closed case: investigate or review')
            [CompletionResult]::new('commence', 'commence', [CompletionResultType]::ParameterValue, 'Record that the investigation (or review) commenced')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a direct case''s completion deadline once the IA file is received')
            [CompletionResult]::new('present', 'present', [CompletionResultType]::ParameterValue, 'Record that the completed investigation or review was presented to the panel')
            [CompletionResult]::new('remand', 'remand', [CompletionResultType]::ParameterValue, 'Record that the panel remanded the matter for further work')
            [CompletionResult]::new('finding', 'finding', [CompletionResultType]::ParameterValue, 'Record the panel''s finding per allegation')
            [CompletionResult]::new('transmit', 'transmit', [CompletionResultType]::ParameterValue, 'Record that the findings and recommendations were sent to the Chief')
            [CompletionResult]::new('chief-response', 'chief-response', [CompletionResultType]::ParameterValue, 'Record the Chief''s written response and the action taken')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close the case, with findings or out of time')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'Record a checklist item: a notice the law requires (shown on `show` until recorded)')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct or retract a recorded step; the original stays on the timeline')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a case to an investigator (by login); a reassignment keeps the one before')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Per investigator: open cases, deadlines due in the next 7 days, overdue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one case: parties, allegations, timeline, deadlines with status and citation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'List every open deadline past due, oldest first (run it from cron)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'List open deadlines falling due today or in the next N days')
            [CompletionResult]::new('monitoring', 'monitoring', [CompletionResultType]::ParameterValue, 'The public monitoring list: officers subject of 3 or more complaints in the past year')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export data (CSV or JSON), or the whole store')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import cases from CSV (the columns of `export cases`, or another system''s through --map), or restore a store export')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the annual report')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Policy reviews: recommendations, the Chief''s proposed revisions, responses')
            [CompletionResult]::new('report-issued', 'report-issued', [CompletionResultType]::ParameterValue, 'Record a report issued with recommendations, and the responses it calls for')
            [CompletionResult]::new('subpoena', 'subpoena', [CompletionResultType]::ParameterValue, 'Subpoenas: request, counsel''s review, the panel''s vote, service')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: who changed or looked at what, and when')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the store: file integrity, the audit chain, each case against the log and its events')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Configuration: defaults for the store path, the profile, the case-number prefix')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to FILE while it stays in use (online backup)')
            [CompletionResult]::new('officer', 'officer', [CompletionResultType]::ParameterValue, 'Officers: one officer''s cases and findings, the roster, corrections')
            [CompletionResult]::new('holidays', 'holidays', [CompletionResultType]::ParameterValue, 'The working-day calendar: federal holidays by rule, plus local changes')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Roles in a store an office shares on a server (its owner''s commands)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A shipped profile (miami-cip, florida-ia) or a profile TOML file [default: the configured profile, else miami-cip]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;intake' {
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Date the complaint (or IA close-out report) was received')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'direct, ia-closed, force-death or force-gbh')
            [CompletionResult]::new('--incident-date', '--incident-date', [CompletionResultType]::ParameterName, 'Date of the incident')
            [CompletionResult]::new('--aware-date', '--aware-date', [CompletionResultType]::ParameterName, 'For a systemic problem: when the complainant became aware of it')
            [CompletionResult]::new('--criminal', '--criminal', [CompletionResultType]::ParameterName, 'Potentially criminal conduct by an officer (not asked for force-*: always yes)')
            [CompletionResult]::new('--complainant', '--complainant', [CompletionResultType]::ParameterName, 'A complainant''s name (repeat for several)')
            [CompletionResult]::new('--officer', '--officer', [CompletionResultType]::ParameterName, 'An officer as "NAME#BADGE" (repeat; badge "unknown" allowed)')
            [CompletionResult]::new('--allegation', '--allegation', [CompletionResultType]::ParameterName, 'An allegation as "CATEGORY@BADGE" (repeat)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What the complaint is about')
            [CompletionResult]::new('--late-vote', '--late-vote', [CompletionResultType]::ParameterName, 'The panel''s vote accepting a late complaint: "DATE YES-NO of SEATED", for example "2025-03-04 8-3 of 13"')
            [CompletionResult]::new('--chief-decision', '--chief-decision', [CompletionResultType]::ParameterName, 'IA closed cases: date of the Chief''s final decision')
            [CompletionResult]::new('--ia-file-access', '--ia-file-access', [CompletionResultType]::ParameterName, 'IA closed cases: date the IA investigative file was made available')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the complaint came in: one of the profile''s [fields] channel values (walk-in, phone, online, mail, email, referral, other, unknown)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'An optional field of the profile''s [fields] for every allegation, or with @BADGE for those against that officer (repeat): complainant_race, complainant_sex, complainant_age, officer_race, officer_sex, officer_age, officer_unit (free text); channel=VALUE is the case''s, as --channel')
            [CompletionResult]::new('--assign', '--assign', [CompletionResultType]::ParameterName, 'Assign the case at once to this investigator (login), from today, as `assign` does')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--anonymous', '--anonymous', [CompletionResultType]::ParameterName, 'No complainant named')
            [CompletionResult]::new('--same-officer', '--same-officer', [CompletionResultType]::ParameterName, 'A badge on file under another name is the same officer: keep the name on file (otherwise such a badge is refused)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;notify-pd' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;refer-counsel' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;counsel-determination' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What counsel determined')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;challenge' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;criminal-investigation' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Pending from this date, or concluded on it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;chief-decision' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;ia-file-access' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;decide' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Investigate the matter independently, or review the IA file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;commence' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;extend' {
            [CompletionResult]::new('--ia-file-received', '--ia-file-received', [CompletionResultType]::ParameterName, 'When the Internal Affairs investigative file was received')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;present' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;remand' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--next-meeting', '--next-meeting', [CompletionResultType]::ParameterName, 'Date of the panel''s next regular meeting (the new due date)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;finding' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--allegation', '--allegation', [CompletionResultType]::ParameterName, 'Allegation number on the case (repeatable; see `show`)')
            [CompletionResult]::new('--finding', '--finding', [CompletionResultType]::ParameterName, 'The finding, from the profile''s list (asked for on a terminal)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why there is no finding (with no-finding), from the profile''s list')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every allegation of the case')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;transmit' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;chief-response' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--concurs', '--concurs', [CompletionResultType]::ParameterName, 'Does the Chief accept the panel''s findings and recommendations?')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'The action the Chief took, in words')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'The Department''s own finding on an allegation: N=FINDING (repeatable)')
            [CompletionResult]::new('--discipline', '--discipline', [CompletionResultType]::ParameterName, 'The discipline imposed for an allegation: N=TEXT (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;close' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--out-of-time', '--out-of-time', [CompletionResultType]::ParameterName, 'Close without a finding: the time to complete ran out')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;checklist' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it happened (asked for on a terminal, today by default)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (who, how)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;correct' {
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event to correct (its # in `show`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept on the timeline)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The right date')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'The right result (determination, decision, finding...)')
            [CompletionResult]::new('--finding-reason', '--finding-reason', [CompletionResultType]::ParameterName, 'A finding''s reason for no finding (with --result no-finding, or to correct the reason alone), one of the profile''s; a finding corrected to another result drops its reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--retract', '--retract', [CompletionResultType]::ParameterName, 'The step did not happen: withdraw it')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;assign' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The investigator''s login')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'From when (today by default)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;caseload' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only open or only closed cases')
            [CompletionResult]::new('--officer', '--officer', [CompletionResultType]::ParameterName, 'Only cases naming the officer with this badge')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only cases received in this calendar year')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only cases assigned to this investigator (login) now (on the --as-of day)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Case numbers only, one per line (for scripts and shell completion)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;overdue' {
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only cases assigned to this investigator (login) now')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with status 1 when anything is overdue')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only cases assigned to me (this account''s login) now')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;due' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How many calendar days ahead to look (0: due today)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only cases assigned to this investigator (login) now')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only cases assigned to me (this account''s login) now')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;monitoring' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'The office''s own list: complaints still under investigation counted too (confidential; reading it is audited)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;publish' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a site already at DIR (a folder; never a file or a link)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cases', 'cases', [CompletionResultType]::ParameterValue, 'Export cases, one row per allegation (CSV or JSON); --public for publication')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Export the whole store, every record, for `import` into a new store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;export;cases' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only cases received in this calendar year')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (created owner-only, never through a link) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Leave out personal data and every case still under investigation')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Add the optional fields after SPEC''s columns: channel, officer_unit, officer_race, officer_sex, officer_age, complainant_race, complainant_sex, complainant_age (never in --public: they are published only in aggregate)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output: replace a file or link already at FILE')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;export;store' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (created owner-only, never through a link) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output: replace a file or link already at FILE')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;export;help' {
            [CompletionResult]::new('cases', 'cases', [CompletionResultType]::ParameterValue, 'Export cases, one row per allegation (CSV or JSON); --public for publication')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Export the whole store, every record, for `import` into a new store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;export;help;cases' {
            break
        }
        'oversight;export;help;store' {
            break
        }
        'oversight;export;help;help' {
            break
        }
        'oversight;import' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'A mapping (TOML) from another system''s columns and values onto these (every key: `man oversight-mapping`; an example: examples/ccrb-2020.map.toml)')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'Import the good cases and write every refused row, with its line and reasons, to FILE (owner-only) to fix and import again; a case with one bad row is refused whole')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing: report what would be imported and what would be refused, and why (exit 2 if anything would be)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --reject: replace a file already at FILE')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The store to copy: a file, or postgresql://USER@HOST/DB')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the new store goes: a file that does not exist yet, or a database with no store in it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('annual', 'annual', [CompletionResultType]::ParameterValue, 'The annual report: complaints, findings, timeliness, the Chief''s concurrence')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;report;annual' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year reported on')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (created owner-only, never through a link) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--fiscal', '--fiscal', [CompletionResultType]::ParameterName, 'The fiscal year ending in --year (ending 30 September under miami-cip)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'The public version: the comparison with the Chief''s actions as counts, without case numbers')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'One self-contained HTML file to hand over or print (charts, no external assets)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --output: replace a file or link already at FILE')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;report;help' {
            [CompletionResult]::new('annual', 'annual', [CompletionResultType]::ParameterValue, 'The annual report: complaints, findings, timeliness, the Chief''s concurrence')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;report;help;annual' {
            break
        }
        'oversight;report;help;help' {
            break
        }
        'oversight;policy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Record a policy recommendation sent to the Chief')
            [CompletionResult]::new('proposed', 'proposed', [CompletionResultType]::ParameterValue, 'Record the Chief''s proposed policy revision')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Record the panel''s comments on the Chief''s proposed revision')
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record the Chief''s written response: were the recommendations accepted?')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Policy recommendations and proposed revisions, with their deadlines')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;policy;recommend' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the recommendation was sent to the Chief')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What it is about')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The recommendation''s text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;policy;proposed' {
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'When the panel received the proposed revision')
            [CompletionResult]::new('--implementation', '--implementation', [CompletionResultType]::ParameterName, 'When the Department means to implement it')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What it is about')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The revision''s text or a summary')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--emergency', '--emergency', [CompletionResultType]::ParameterName, 'An emergency required faster implementation (no 45 days'' notice owed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;policy;comment' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the comments were sent to the Chief')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;policy;response' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the response was received')
            [CompletionResult]::new('--accepted', '--accepted', [CompletionResultType]::ParameterName, 'Were the panel''s recommendations accepted?')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;policy;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;policy;help' {
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Record a policy recommendation sent to the Chief')
            [CompletionResult]::new('proposed', 'proposed', [CompletionResultType]::ParameterValue, 'Record the Chief''s proposed policy revision')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Record the panel''s comments on the Chief''s proposed revision')
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record the Chief''s written response: were the recommendations accepted?')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Policy recommendations and proposed revisions, with their deadlines')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;policy;help;recommend' {
            break
        }
        'oversight;policy;help;proposed' {
            break
        }
        'oversight;policy;help;comment' {
            break
        }
        'oversight;policy;help;response' {
            break
        }
        'oversight;policy;help;list' {
            break
        }
        'oversight;policy;help;help' {
            break
        }
        'oversight;report-issued' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the report was issued')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The report''s title')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'An official it is addressed to (repeatable): Mayor, City Commission, ...')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record one recipient''s written response')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issued reports with each recipient''s deadline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;report-issued;response' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Who responded (one of the report''s recipients)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the response was received')
            [CompletionResult]::new('--accepted', '--accepted', [CompletionResultType]::ParameterName, 'Were the requests or recommendations accepted?')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;report-issued;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;report-issued;help' {
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record one recipient''s written response')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issued reports with each recipient''s deadline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;report-issued;help;response' {
            break
        }
        'oversight;report-issued;help;list' {
            break
        }
        'oversight;report-issued;help;help' {
            break
        }
        'oversight;subpoena' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Request a subpoena for a witness or documents in an open case')
            [CompletionResult]::new('counsel-review', 'counsel-review', [CompletionResultType]::ParameterValue, 'Record the Independent Counsel''s review of a subpoena request')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Record the panel''s vote on a subpoena')
            [CompletionResult]::new('served', 'served', [CompletionResultType]::ParameterValue, 'Record that an issued subpoena was served')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subpoenas and where each stands')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;subpoena;request' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'What the subpoena is for')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was requested')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Whom or what, in a few words')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;subpoena;counsel-review' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When counsel decided')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'Counsel''s decision')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--state-attorney-consulted', '--state-attorney-consulted', [CompletionResultType]::ParameterName, 'Counsel consulted the State Attorney (required in a criminal case)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;subpoena;vote' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When the panel voted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Members voting yes')
            [CompletionResult]::new('--no', '--no', [CompletionResultType]::ParameterName, 'Members voting no')
            [CompletionResult]::new('--seated', '--seated', [CompletionResultType]::ParameterName, 'Members seated on the panel that day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;subpoena;served' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was served')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Free-text note (by whom, where)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;subpoena;list' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only this case''s subpoenas')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;subpoena;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Request a subpoena for a witness or documents in an open case')
            [CompletionResult]::new('counsel-review', 'counsel-review', [CompletionResultType]::ParameterValue, 'Record the Independent Counsel''s review of a subpoena request')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Record the panel''s vote on a subpoena')
            [CompletionResult]::new('served', 'served', [CompletionResultType]::ParameterValue, 'Record that an issued subpoena was served')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subpoenas and where each stands')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;subpoena;help;request' {
            break
        }
        'oversight;subpoena;help;counsel-review' {
            break
        }
        'oversight;subpoena;help;vote' {
            break
        }
        'oversight;subpoena;help;served' {
            break
        }
        'oversight;subpoena;help;list' {
            break
        }
        'oversight;subpoena;help;help' {
            break
        }
        'oversight;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List the audit trail: every change and every reading of personal data')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show what each write changed in a case: the values written and those they replaced')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;audit;log' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only rows about this case (or policy/report number)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;audit;changes' {
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only the changes of this case (also one no longer in the store)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;audit;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List the audit trail: every change and every reading of personal data')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show what each write changed in a case: the values written and those they replaced')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;audit;help;log' {
            break
        }
        'oversight;audit;help;changes' {
            break
        }
        'oversight;audit;help;help' {
            break
        }
        'oversight;verify' {
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'A head printed by an earlier verify: fail unless the log extends it')
            [CompletionResult]::new('--head-file', '--head-file', [CompletionResultType]::ParameterName, 'Check against the head kept in FILE, then keep the new head there (owner-only); a FILE that is gone is an error, not a fresh start')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--new-head', '--new-head', [CompletionResultType]::ParameterName, 'Start the head file: the first check, when FILE holds no head yet')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (flag, environment, config file, default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (flag, environment, config file, default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;config;help;show' {
            break
        }
        'oversight;config;help;help' {
            break
        }
        'oversight;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file or link already at FILE')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One officer: every case and allegation, with findings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every officer on file, with how many cases name them')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct an officer''s name on file or record their employment status')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find officers by name: the name on file or a name a case gave them')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Correct the name on file of an officer (every case shows it)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge badge FROM into badge INTO: the same officer recorded twice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;officer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name on file')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Employment status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;find' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;merge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;officer;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One officer: every case and allegation, with findings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every officer on file, with how many cases name them')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct an officer''s name on file or record their employment status')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find officers by name: the name on file or a name a case gave them')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Correct the name on file of an officer (every case shows it)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge badge FROM into badge INTO: the same officer recorded twice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;officer;help;show' {
            break
        }
        'oversight;officer;help;list' {
            break
        }
        'oversight;officer;help;update' {
            break
        }
        'oversight;officer;help;find' {
            break
        }
        'oversight;officer;help;rename' {
            break
        }
        'oversight;officer;help;merge' {
            break
        }
        'oversight;officer;help;help' {
            break
        }
        'oversight;holidays' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the holidays of a year')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a local holiday (deadlines spanning it move)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a holiday the office works (federal or local)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;holidays;list' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Calendar year [default: the year of --as-of]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;holidays;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;holidays;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;holidays;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the holidays of a year')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a local holiday (deadlines spanning it move)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a holiday the office works (federal or local)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;holidays;help;list' {
            break
        }
        'oversight;holidays;help;add' {
            break
        }
        'oversight;holidays;help;remove' {
            break
        }
        'oversight;holidays;help;help' {
            break
        }
        'oversight;admin' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take one of the office''s roles back from a database login')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'List the office''s roles and what each may do (no store needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;admin;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;admin;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;admin;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;admin;roles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;admin;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take one of the office''s roles back from a database login')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'List the office''s roles and what each may do (no store needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;admin;help;init' {
            break
        }
        'oversight;admin;help;grant' {
            break
        }
        'oversight;admin;help;revoke' {
            break
        }
        'oversight;admin;help;roles' {
            break
        }
        'oversight;admin;help;help' {
            break
        }
        'oversight;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder holding completions/ and man/')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DB [default: the platform data folder, e.g. ~/.local/share/oversight/cases.db]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'What "today" is, for every date-dependent output [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output form for commands that print records')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when standard input is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No informational messages on stderr (errors and warnings only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oversight;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store (intake and import also create one; every other command needs it to exist)')
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'Record a new case; prompts for each missing required field on a terminal')
            [CompletionResult]::new('notify-pd', 'notify-pd', [CompletionResultType]::ParameterValue, 'Record that the police department was notified / the complaint forwarded')
            [CompletionResult]::new('refer-counsel', 'refer-counsel', [CompletionResultType]::ParameterValue, 'Record that the complaint was sent to the Independent Counsel')
            [CompletionResult]::new('counsel-determination', 'counsel-determination', [CompletionResultType]::ParameterValue, 'Record the Independent Counsel''s written determination on interference')
            [CompletionResult]::new('challenge', 'challenge', [CompletionResultType]::ParameterValue, 'Record a prosecutorial agency''s written notice of a legal challenge')
            [CompletionResult]::new('criminal-investigation', 'criminal-investigation', [CompletionResultType]::ParameterValue, 'Record that a criminal investigation of the same conduct is pending or concluded (tolls the clock)')
            [CompletionResult]::new('chief-decision', 'chief-decision', [CompletionResultType]::ParameterValue, 'Record the Chief''s final decision on an IA closed case')
            [CompletionResult]::new('ia-file-access', 'ia-file-access', [CompletionResultType]::ParameterValue, 'Record that the IA investigative file was made available')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the Executive Director''s decision on an IA closed case: investigate or review')
            [CompletionResult]::new('commence', 'commence', [CompletionResultType]::ParameterValue, 'Record that the investigation (or review) commenced')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a direct case''s completion deadline once the IA file is received')
            [CompletionResult]::new('present', 'present', [CompletionResultType]::ParameterValue, 'Record that the completed investigation or review was presented to the panel')
            [CompletionResult]::new('remand', 'remand', [CompletionResultType]::ParameterValue, 'Record that the panel remanded the matter for further work')
            [CompletionResult]::new('finding', 'finding', [CompletionResultType]::ParameterValue, 'Record the panel''s finding per allegation')
            [CompletionResult]::new('transmit', 'transmit', [CompletionResultType]::ParameterValue, 'Record that the findings and recommendations were sent to the Chief')
            [CompletionResult]::new('chief-response', 'chief-response', [CompletionResultType]::ParameterValue, 'Record the Chief''s written response and the action taken')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close the case, with findings or out of time')
            [CompletionResult]::new('checklist', 'checklist', [CompletionResultType]::ParameterValue, 'Record a checklist item: a notice the law requires (shown on `show` until recorded)')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct or retract a recorded step; the original stays on the timeline')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a case to an investigator (by login); a reassignment keeps the one before')
            [CompletionResult]::new('caseload', 'caseload', [CompletionResultType]::ParameterValue, 'Per investigator: open cases, deadlines due in the next 7 days, overdue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one case: parties, allegations, timeline, deadlines with status and citation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'List every open deadline past due, oldest first (run it from cron)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'List open deadlines falling due today or in the next N days')
            [CompletionResult]::new('monitoring', 'monitoring', [CompletionResultType]::ParameterValue, 'The public monitoring list: officers subject of 3 or more complaints in the past year')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write the public transparency site: reports of every year, the monitoring list, the methodology, CSV downloads')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export data (CSV or JSON), or the whole store')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import cases from CSV (the columns of `export cases`, or another system''s through --map), or restore a store export')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every record of a store into a new one, on either engine, the audit chain with it; both verify after')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the annual report')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Policy reviews: recommendations, the Chief''s proposed revisions, responses')
            [CompletionResult]::new('report-issued', 'report-issued', [CompletionResultType]::ParameterValue, 'Record a report issued with recommendations, and the responses it calls for')
            [CompletionResult]::new('subpoena', 'subpoena', [CompletionResultType]::ParameterValue, 'Subpoenas: request, counsel''s review, the panel''s vote, service')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: who changed or looked at what, and when')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the store: file integrity, the audit chain, each case against the log and its events')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Configuration: defaults for the store path, the profile, the case-number prefix')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to FILE while it stays in use (online backup)')
            [CompletionResult]::new('officer', 'officer', [CompletionResultType]::ParameterValue, 'Officers: one officer''s cases and findings, the roster, corrections')
            [CompletionResult]::new('holidays', 'holidays', [CompletionResultType]::ParameterValue, 'The working-day calendar: federal holidays by rule, plus local changes')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Roles in a store an office shares on a server (its owner''s commands)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oversight;help;init' {
            break
        }
        'oversight;help;intake' {
            break
        }
        'oversight;help;notify-pd' {
            break
        }
        'oversight;help;refer-counsel' {
            break
        }
        'oversight;help;counsel-determination' {
            break
        }
        'oversight;help;challenge' {
            break
        }
        'oversight;help;criminal-investigation' {
            break
        }
        'oversight;help;chief-decision' {
            break
        }
        'oversight;help;ia-file-access' {
            break
        }
        'oversight;help;decide' {
            break
        }
        'oversight;help;commence' {
            break
        }
        'oversight;help;extend' {
            break
        }
        'oversight;help;present' {
            break
        }
        'oversight;help;remand' {
            break
        }
        'oversight;help;finding' {
            break
        }
        'oversight;help;transmit' {
            break
        }
        'oversight;help;chief-response' {
            break
        }
        'oversight;help;close' {
            break
        }
        'oversight;help;checklist' {
            break
        }
        'oversight;help;correct' {
            break
        }
        'oversight;help;assign' {
            break
        }
        'oversight;help;caseload' {
            break
        }
        'oversight;help;show' {
            break
        }
        'oversight;help;list' {
            break
        }
        'oversight;help;overdue' {
            break
        }
        'oversight;help;due' {
            break
        }
        'oversight;help;monitoring' {
            break
        }
        'oversight;help;publish' {
            break
        }
        'oversight;help;export' {
            [CompletionResult]::new('cases', 'cases', [CompletionResultType]::ParameterValue, 'Export cases, one row per allegation (CSV or JSON); --public for publication')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Export the whole store, every record, for `import` into a new store')
            break
        }
        'oversight;help;export;cases' {
            break
        }
        'oversight;help;export;store' {
            break
        }
        'oversight;help;import' {
            break
        }
        'oversight;help;copy' {
            break
        }
        'oversight;help;report' {
            [CompletionResult]::new('annual', 'annual', [CompletionResultType]::ParameterValue, 'The annual report: complaints, findings, timeliness, the Chief''s concurrence')
            break
        }
        'oversight;help;report;annual' {
            break
        }
        'oversight;help;policy' {
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Record a policy recommendation sent to the Chief')
            [CompletionResult]::new('proposed', 'proposed', [CompletionResultType]::ParameterValue, 'Record the Chief''s proposed policy revision')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Record the panel''s comments on the Chief''s proposed revision')
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record the Chief''s written response: were the recommendations accepted?')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Policy recommendations and proposed revisions, with their deadlines')
            break
        }
        'oversight;help;policy;recommend' {
            break
        }
        'oversight;help;policy;proposed' {
            break
        }
        'oversight;help;policy;comment' {
            break
        }
        'oversight;help;policy;response' {
            break
        }
        'oversight;help;policy;list' {
            break
        }
        'oversight;help;report-issued' {
            [CompletionResult]::new('response', 'response', [CompletionResultType]::ParameterValue, 'Record one recipient''s written response')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issued reports with each recipient''s deadline')
            break
        }
        'oversight;help;report-issued;response' {
            break
        }
        'oversight;help;report-issued;list' {
            break
        }
        'oversight;help;subpoena' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Request a subpoena for a witness or documents in an open case')
            [CompletionResult]::new('counsel-review', 'counsel-review', [CompletionResultType]::ParameterValue, 'Record the Independent Counsel''s review of a subpoena request')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Record the panel''s vote on a subpoena')
            [CompletionResult]::new('served', 'served', [CompletionResultType]::ParameterValue, 'Record that an issued subpoena was served')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subpoenas and where each stands')
            break
        }
        'oversight;help;subpoena;request' {
            break
        }
        'oversight;help;subpoena;counsel-review' {
            break
        }
        'oversight;help;subpoena;vote' {
            break
        }
        'oversight;help;subpoena;served' {
            break
        }
        'oversight;help;subpoena;list' {
            break
        }
        'oversight;help;audit' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'List the audit trail: every change and every reading of personal data')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show what each write changed in a case: the values written and those they replaced')
            break
        }
        'oversight;help;audit;log' {
            break
        }
        'oversight;help;audit;changes' {
            break
        }
        'oversight;help;verify' {
            break
        }
        'oversight;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (flag, environment, config file, default)')
            break
        }
        'oversight;help;config;show' {
            break
        }
        'oversight;help;backup' {
            break
        }
        'oversight;help;officer' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One officer: every case and allegation, with findings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every officer on file, with how many cases name them')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Correct an officer''s name on file or record their employment status')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find officers by name: the name on file or a name a case gave them')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Correct the name on file of an officer (every case shows it)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge badge FROM into badge INTO: the same officer recorded twice')
            break
        }
        'oversight;help;officer;show' {
            break
        }
        'oversight;help;officer;list' {
            break
        }
        'oversight;help;officer;update' {
            break
        }
        'oversight;help;officer;find' {
            break
        }
        'oversight;help;officer;rename' {
            break
        }
        'oversight;help;officer;merge' {
            break
        }
        'oversight;help;holidays' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the holidays of a year')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a local holiday (deadlines spanning it move)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a holiday the office works (federal or local)')
            break
        }
        'oversight;help;holidays;list' {
            break
        }
        'oversight;help;holidays;add' {
            break
        }
        'oversight;help;holidays;remove' {
            break
        }
        'oversight;help;admin' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up the roles (investigator, clerk, analyst, auditor) and what each may read and write; run by the store''s owner, again after an upgrade')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a database login one of the office''s roles (investigator, clerk, analyst, auditor)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take one of the office''s roles back from a database login')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'List the office''s roles and what each may do (no store needed)')
            break
        }
        'oversight;help;admin;init' {
            break
        }
        'oversight;help;admin;grant' {
            break
        }
        'oversight;help;admin;revoke' {
            break
        }
        'oversight;help;admin;roles' {
            break
        }
        'oversight;help;generate' {
            break
        }
        'oversight;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
