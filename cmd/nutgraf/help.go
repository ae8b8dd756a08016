package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// shortUsage is printed, on standard error, after a usage error.
const shortUsage = `usage: nutgraf analyze [--jsonl | --pretty | --csv entities|quotes] [-r] [-j N]
                       [--format text|markdown|html] [--summary N] [--list]
                       [--progress | --no-progress] [FILE | DIR | -] ...
       nutgraf version
       nutgraf help
Run 'nutgraf help' for the manual.
`

// manual is the man-style help, printed on standard output by
// nutgraf help, nutgraf --help and nutgraf analyze --help.
// SCHEMA is replaced with the schema's version.
const manual = `NAME
    nutgraf - analyze news articles: structure, entities, quotes, tone

SYNOPSIS
    nutgraf analyze [OPTIONS] [FILE | DIR | -] ...
    nutgraf version
    nutgraf help

DESCRIPTION
    nutgraf analyze reads news articles and writes, for each, an Analysis:
    the JSON document that Nutgraf's web page shows (schema
    SCHEMA). It holds the article's kicker, headline, standfirst,
    byline and dateline; its paragraphs and sentences; the people,
    organizations and places it names, with their mentions, aliases, roles
    and salience; the quotes, with speaker, source as written and cue verb;
    the sources' share of voice; key phrases, a summary, tone, readability,
    dates and figures.

    With no FILE, or for -, it reads standard input. The models are loaded
    once. Inputs are analyzed in parallel, one per core, and each result is
    written as soon as it and every result before it are done: the output
    is in input order and starts before the last input is read.

    Everything runs on this machine: nutgraf sends nothing anywhere, never
    fetches what a page links to, and never runs a page's scripts.

    nutgraf version prints the version and the schema version.

OPTIONS
    --jsonl
        One Analysis per line (JSON Lines). This is also what is written
        without --pretty or --csv; --jsonl says so, and refuses --pretty.
    --pretty
        Indent the JSON; a document then spans many lines.
    --csv entities | --csv quotes
        Write a CSV table instead of JSON (see OUTPUT).
    -r, --recursive
        Analyze the files under each directory argument (see INPUT
        FORMATS). Without it, a directory argument is an error.
    --format text | markdown | html
        Read every input in this format, whatever its name. Standard input
        is text unless this says otherwise.
    --summary N
        Make the summary N sentences long (default 3).
    -j N, --jobs N
        Analyze N inputs at once (default: GOMAXPROCS, the number of cores
        Go uses). Finished results wait, in order, for at most 2N inputs.
    --progress, --no-progress
        Show, or never show, a progress bar on standard error. By default
        it is shown only when standard error is a terminal:
            [########............] 412/1000 files  3.1 MB/s  ETA 12s
    --list
        Print the inputs, one per line, in the order their results would be
        written, and analyze nothing.
    -h, --help
        Print this manual.
    Options may come before, between or after the files; after --, every
    argument is a file.

INPUT FORMATS
    A file's extension says how it is read:
    .txt, or any other name
        Plain UTF-8 text: the headline on the first line, paragraphs
        separated by blank lines.
    .md
        Markdown, reduced to its prose: heading marks, emphasis, link
        syntax (a link keeps its text) and images dropped, list markers and
        > quote marks removed, code blocks kept as text, front matter
        dropped (its title is the headline if no heading comes first).
    .html, .htm
        An HTML page, reduced to its article: the <article> with the most
        text, else <main>, else <body>. Its <h1> (else og:title or <title>)
        comes first; each paragraph, heading, list item, quotation,
        caption and table row becomes a paragraph. Scripts, styles,
        navigation, asides, forms, footers, hidden elements and the page's
        own header are dropped.
    A file named on the command line is read whatever its extension. A
    directory walk (-r) takes only .txt, .md, .html and .htm files, skips
    hidden files and directories (names starting with .), does not follow
    links to directories, and lists the files in path order (byte order,
    as LC_ALL=C sort does).

    An input is refused if it holds NUL bytes (it is not text) or is over
    5 MB (20 MB for Markdown and HTML, whose reduced text must still be
    under 5 MB).

OUTPUT
    JSON: one Analysis per input, in the order of the inputs. An Analysis
    holds no file name (it is the same document whatever produced it): the
    n-th line belongs to the n-th input, and --list prints the inputs in
    that order. An input that cannot be read or analyzed gives, in its
    place, the line
        {"file": "NAME", "error": "REASON"}
    Offsets (start, end) count UTF-16 code units of the text analyzed: for
    Markdown and HTML that is the reduced text, not the file.

    --csv entities: a header row, then a row per entity of every input:
        file,id,name,type,mentions,salience,quotes,tone,aliases,roles
    mentions counts its mentions (names, pronouns and descriptions);
    quotes, the quotes it is the speaker of; aliases and roles are joined
    with "; "; tone is empty when there is none.

    --csv quotes: a header row, then a row per quote, in text order:
        file,id,kind,text,speaker_id,speaker,speaker_type,anonymous,
        source,cue,confidence,start,end
    speaker_id is the speaker's id in the entities table of the same file
    (empty when the speaker is not known); source and cue are the speaker
    and the verb as written; start and end are as in the JSON.

    CSV fields are quoted as RFC 4180 says; lines end in \n. A text cell
    that starts with =, +, - or @ gets a leading ' so that a spreadsheet
    does not run it as a formula. A failed input writes no row.

    Every failed input is also reported on standard error, as
        nutgraf: NAME: REASON

EXIT STATUS
    0   Every input was analyzed.
    1   Some input could not be read or analyzed (the others were), or the
        output could not be written.
    2   The command line was wrong.

EXAMPLES
    Analyze one article, indented:
        nutgraf analyze --pretty article.txt
    Analyze a folder tree into JSON Lines, and pair each line with its file:
        nutgraf analyze -r --jsonl archive/ > out.jsonl
        nutgraf analyze -r --list archive/ > files.txt
        paste files.txt <(jq -r '.article.headline.text // .error' out.jsonl)
    Every quote of a folder of pages and Markdown posts, as one table:
        nutgraf analyze -r --csv quotes site/ > quotes.csv
    The entities of many articles, as one table:
        nutgraf analyze --csv entities articles/*.txt > entities.csv
    An article from standard input, read as HTML:
        nutgraf analyze --format html --pretty < page.html
`

// printManual writes the manual.
func printManual(w io.Writer) {
	fmt.Fprint(w, strings.ReplaceAll(manual, "SCHEMA", schema.Version))
}
