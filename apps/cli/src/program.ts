import { COMPLIANCE_MODES, LOCALES, MAX_FILES, PRIVACY_MODES } from '@statex/core';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CliSettings } from './cli-settings.ts';
import { answerCommand, type AnswerOptions } from './commands/answer-command.ts';
import { followCommand, type FollowOptions } from './commands/follow-command.ts';
import { modifyCommand, type ModifyOptions } from './commands/modify-command.ts';
import { statusCommand, type StatusOptions } from './commands/status-command.ts';
import { submitCommand, type SubmitOptions } from './commands/submit-command.ts';
import type { Terminal } from './terminal.ts';

/** An http(s) origin (optionally with a path prefix), without the trailing slash. */
export function parseApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL; give the Statex address, e.g. http://localhost:8080.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${value}" must start with http:// or https://.`);
  if (url.search || url.hash) throw new InvalidArgumentError(`"${value}" must not have a query or fragment.`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * The `statex` command line. Each action resolves to an exit code, which `setExitCode` receives;
 * errors are thrown to the caller (main.ts), which prints them.
 */
export function buildProgram(settings: CliSettings, terminal: Terminal, setExitCode: (code: number) => void): Command {
  const apiOption = () =>
    new Option('--api <url>', 'Statex API address (env STATEX_API_URL)').default(parseApiUrl(settings.apiUrl)).argParser(parseApiUrl);
  const jsonOption = () => new Option('--json', 'no progress; print one JSON object at the end');
  const outOption = () => new Option('--out <dir>', 'where to write statex-<id>/ with the documents').default('.', 'the current directory');
  const tokenOption = () => new Option('--token <token>', 'the access token printed when the brief was sent').makeOptionMandatory();
  const noQuestionsOption = () =>
    new Option('--no-questions', "don't answer Statex's questions about the brief: it goes on at once with what it has (stated as assumptions)");

  const program = new Command('statex')
    .description('Send a brief to Statex and get terms of reference, a plan and a live prototype site.')
    .showHelpAfterError('(add --help for usage and examples)')
    .configureOutput({ writeOut: (s) => terminal.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `
Exit codes: 0 done, 1 failed or wrong input, 2 refused by the API, 3 Statex unreachable, 130 interrupted.

Examples:
  $ statex submit "We are a bakery in Brno and need a site with our menu and online cake orders." --email jana@example.com
  $ statex status abcdefghijklmnop --token <token>
  $ statex answer abcdefghijklmnop --token <token> --answer q1="Check-ups, cleaning, whitening"
  $ statex modify abcdefghijklmnop --token <token> "Add a page about wedding catering."`,
    );

  program
    .command('submit')
    .description('Send a brief (with documents and a voice note), follow it to the published prototype and save the documents.')
    .argument('<brief>', 'what you want built, in your words (20–20,000 characters)')
    .requiredOption('--email <email>', 'where the result is sent')
    .option('--name <name>', 'your name')
    .option('-f, --file <path>', `attach a document: pdf, docx, txt, md, png, jpeg, webp (repeat, up to ${MAX_FILES}; 50 MB in all)`, collect)
    .option('--voice <path>', 'attach a voice note: webm, ogg, mp3, wav, m4a, flac')
    .addOption(new Option('--locale <locale>', 'language of the deliverables').choices(LOCALES))
    .addOption(new Option('--privacy <mode>', 'privacy mode').choices(PRIVACY_MODES))
    .addOption(new Option('--compliance <mode>', 'compliance mode').choices(COMPLIANCE_MODES))
    .addOption(apiOption())
    .addOption(outOption())
    .addOption(jsonOption())
    .option('--no-wait', 'print the id and token and return at once')
    .addOption(noQuestionsOption())
    .addHelpText(
      'after',
      `
In a terminal Statex may first ask up to 5 questions about what the brief leaves open; Enter accepts
a suggested answer, "-" leaves a question open, Ctrl-C skips the rest. Piped, with --json or with
--no-questions it asks nothing and starts at once.

Examples:
  $ statex submit "We are Sunrise Bakery in Brno. We need a site with our menu, prices and cake orders." --email jana@example.com
  $ statex submit "$(cat brief.txt)" --email jana@example.com --name Jana --file menu.pdf --file logo.png --voice note.ogg --locale cs
  $ statex submit "A booking site for our two holiday flats on the coast." --email a@b.example --json --out ./deliverables
  $ STATEX_API_URL=https://statex.example statex submit "…" --email a@b.example --no-wait`,
    )
    .action(async (brief: string, options: SubmitOptions) => setExitCode(await submitCommand(brief, options, terminal)));

  program
    .command('status')
    .description('Show the stage, history, documents and prototype of a request.')
    .argument('<id>', 'the request id printed when the brief was sent')
    .addOption(tokenOption())
    .addOption(apiOption())
    .addOption(jsonOption())
    .addHelpText('after', `
Examples:
  $ statex status abcdefghijklmnop --token <token>
  $ statex status abcdefghijklmnop --token <token> --json`)
    .action(async (id: string, options: StatusOptions) => setExitCode(await statusCommand(id, options, terminal)));

  program
    .command('follow')
    .description('Follow a request live until it is published or failed, then save its documents.')
    .argument('<id>', 'the request id printed when the brief was sent')
    .addOption(tokenOption())
    .addOption(apiOption())
    .addOption(outOption())
    .addOption(jsonOption())
    .addOption(noQuestionsOption())
    .addHelpText('after', `
When the request waits for answers to its questions, they are asked in the terminal (Enter accepts
a suggestion, "-" leaves one open, Ctrl-C skips the rest); piped, they are printed with how to
answer them (the status page, or statex answer), and following goes on.

Examples:
  $ statex follow abcdefghijklmnop --token <token>
  $ statex follow abcdefghijklmnop --token <token> --no-questions
  $ statex follow abcdefghijklmnop --token <token> --out ./deliverables`)
    .action(async (id: string, options: FollowOptions) => setExitCode(await followCommand(id, options, terminal)));

  program
    .command('answer')
    .description("Answer Statex's questions about a brief (or skip them); without --answer or --skip, list them.")
    .argument('<id>', 'the request id printed when the brief was sent')
    .addOption(tokenOption())
    .option('--answer <id=text>', 'an answer to one question, e.g. q1="Cleaning and whitening" (repeat for more)', collect)
    .option('--skip', 'answer nothing: Statex goes on at once with what it has')
    .option('--keep-open', 'record the answers but keep the other questions open (they can be answered later)')
    .addOption(apiOption())
    .option('--json', 'print the questions, or what the API recorded, as one JSON object')
    .addHelpText('after', `
Examples:
  $ statex answer abcdefghijklmnop --token <token>
  $ statex answer abcdefghijklmnop --token <token> --answer q1="Check-ups, cleaning, whitening" --answer q2="Mon–Fri 8–18"
  $ statex answer abcdefghijklmnop --token <token> --skip`)
    .action(async (id: string, options: AnswerOptions) => setExitCode(await answerCommand(id, options, terminal)));

  program
    .command('modify')
    .description('Ask for the one included change; follow the new version and save its documents and the list of changes.')
    .argument('<id>', 'the request id printed when the brief was sent')
    .argument('<change>', 'the change you want, in your words (5–5,000 characters)')
    .addOption(tokenOption())
    .addOption(apiOption())
    .addOption(outOption())
    .addOption(jsonOption())
    .option('--no-wait', 'return once the change is accepted')
    .addHelpText('after', `
Examples:
  $ statex modify abcdefghijklmnop --token <token> "Add a page about wedding catering and a photo gallery."
  $ statex modify abcdefghijklmnop --token <token> "Use our brand colour, dark green." --json`)
    .action(async (id: string, change: string, options: ModifyOptions) => setExitCode(await modifyCommand(id, change, options, terminal)));

  return program;
}
