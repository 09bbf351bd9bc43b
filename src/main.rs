//! `gongji <call> [FILE]`: the contract on the command line, for servers
//! and testers. Reads one request (stdin when no file), prints the response
//! JSON; `--jsonl` answers one request per line, streaming. A bad request
//! prints `{"error":{...}}` and exits 2; nothing panics. `gongji --calls`
//! lists the calls (the npm package's build takes its list from there).

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use gongji::api::{self, Call};

/// The usage text, its calls from [`Call::ALL`].
fn usage() -> String {
    let calls: Vec<String> = Call::ALL.iter().map(|c| c.kebab_name()).collect();
    format!(
        "usage: gongji <call> [--pretty] [--jsonl] [FILE]
calls: {}
  FILE      the request JSON (default: standard input)
  --pretty  indent the response
  --jsonl   one request per line in, one response per line out
  policies --citations   one line per built-in rule: policy, version, rule, document, question
  --calls   the calls' camelCase names, one a line (as callJson and the npm package name them)",
        calls.join(", ")
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if flag("--calls") && rest.is_empty() {
        let names: String = Call::ALL
            .iter()
            .map(|c| format!("{}\n", c.name()))
            .collect();
        return match io::stdout().lock().write_all(names.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(74),
        };
    }
    if flag("--help") || rest.is_empty() || rest.len() > 2 {
        eprintln!("{}", usage());
        return ExitCode::from(if flag("--help") { 0 } else { 64 });
    }
    let call = rest[0].as_str();
    if Call::from_name(call).is_none() {
        let (_, json) = api::respond(call, "");
        let _ = writeln!(io::stdout().lock(), "{json}");
        eprintln!("{}", usage());
        return ExitCode::from(64);
    }
    if call == "policies" && flag("--citations") {
        return citations();
    }
    let input: Box<dyn Read> = match rest.get(1) {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("gongji: cannot read {path}: {e}");
                return ExitCode::from(66);
            }
        },
        None => Box::new(io::stdin()),
    };
    let result = if flag("--jsonl") {
        jsonl(call, input)
    } else {
        single(call, input, flag("--pretty"))
    };
    result.unwrap_or_else(|e| {
        eprintln!("gongji: {e}");
        ExitCode::from(74)
    })
}

fn single(call: &str, mut input: Box<dyn Read>, pretty: bool) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    input
        .by_ref()
        .take(api::MAX_REQUEST_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let (ok, json) = if pretty {
        api::respond_pretty(call, &text)
    } else {
        api::respond(call, &text)
    };
    // writeln!, not println!: a closed pipe (`| head`) is an error to
    // report, not a panic.
    writeln!(io::stdout().lock(), "{json}")?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Streams: memory stays flat however long the file.
fn jsonl(call: &str, input: Box<dyn Read>) -> io::Result<ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    let mut reader = io::BufReader::new(input);
    let mut line = Vec::new();
    loop {
        // One line at a time, at most one byte over the request limit held
        // (the rest of a longer line is skipped): memory stays flat even
        // for a line of gigabytes.
        line.clear();
        let cap = api::MAX_REQUEST_BYTES as u64 + 1;
        let read = reader.by_ref().take(cap).read_until(b'\n', &mut line)?;
        if read == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        } else if read as u64 == cap {
            reader.skip_until(b'\n')?;
        }
        let text = match std::str::from_utf8(&line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(&line),
        };
        if text.trim().is_empty() {
            continue;
        }
        let (ok, json) = api::respond(call, &text);
        failed |= !ok;
        out.write_all(json.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Every built-in rule with its source, one per line, tab-separated, so a
/// reviewer can trace each to the text: `shanghai  2022-01-01  rules.relations  sh-faq  Q8
/// <title>  shanghai`; the last column is the layer that wrote the rule.
fn citations() -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    for policy in gongji::policies() {
        for version in &policy.versions {
            for (rule, source) in version.sources() {
                let title = policy.document_title(&source.doc);
                let layer = source.layer.as_deref().unwrap_or(&policy.id);
                let line = format!(
                    "{}\t{}\t{rule}\t{}\t{}\t{title}\t{layer}\n",
                    policy.id, version.valid_from, source.doc, source.reference
                );
                if out.write_all(line.as_bytes()).is_err() {
                    return ExitCode::from(74);
                }
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(74);
    }
    ExitCode::SUCCESS
}
