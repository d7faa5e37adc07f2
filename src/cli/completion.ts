// Shell completion scripts generated from the command tree: commands,
// subcommands, flags, and the values of the flags that take a closed list.
import type { Command } from 'commander';
import { refuse } from '../core/errors.js';
import type { Io } from '../core/io.js';

/** Values of flags with a closed list, from the lists the use-cases check against (cli.md "Names the contract fixes"). */
async function enums(): Promise<Record<string, string>> {
  const [{ completionWords }, reports] = await Promise.all([import('../workflows/index.js'), import('../report/usecases.js')]);
  const out: Record<string, string> = { '--lang': 'zh en', '--format': reports.FORMATS.join(' ') };
  for (const [flag, words] of Object.entries(completionWords())) out[flag] = words.join(' ');
  return out;
}

/** The first argument of a verb, completed from the database: a group's open records, or units. */
function argWords(group: string, verb: string, arg: string | undefined): string | undefined {
  if (arg === 'no') return group;
  if (arg === 'loan') return 'keys';
  if (arg === 'unit' || (arg === 'code' && verb !== 'add')) return 'units';
  return undefined;
}

function tree(program: Command) {
  const groups = program.commands.map((c) => c.name());
  const subs: Record<string, string[]> = {};
  const flags: Record<string, string[]> = {};
  const args: Record<string, string> = {};
  const global = program.options.map((o) => o.long!).filter(Boolean);
  for (const c of program.commands) {
    subs[c.name()] = c.commands.map((s) => s.name());
    flags[c.name()] = [...c.options.map((o) => o.long!).filter(Boolean), ...global];
    for (const s of c.commands) {
      flags[`${c.name()} ${s.name()}`] = [...s.options.map((o) => o.long!).filter(Boolean), ...global];
      const words = argWords(c.name(), s.name(), s.registeredArguments[0]?.name());
      if (words) args[`${c.name()} ${s.name()}`] = words;
    }
  }
  return { groups, subs, flags, global, args };
}

/** `pmdesk completion --words <group|units>`: one word a line; nothing when there is no database. */
async function words(io: Io, what: string): Promise<string> {
  try {
    if (what === 'units')
      return (await import('../workflows/registry/api.js'))
        .listUnits(io, {})
        .map((u) => u.code)
        .join('\n');
    const { loadKind } = await import('../workflows/index.js');
    return (await import('../records/usecases.js')).openNumbersOf(io, await loadKind(what)).join('\n');
  } catch {
    return '';
  }
}

export async function completion(program: Command, shell: string | undefined, what: string | undefined, io: Io): Promise<string> {
  if (what) return words(io, what);
  if (!shell) refuse('E_USAGE', 'err.required', { flag: 'shell' });
  const { groups, subs, flags, global, args } = tree(program);
  const ENUMS = await enums();
  if (shell === 'bash') {
    const enumCases = Object.entries(ENUMS)
      .map(([f, v]) => `    ${f}) COMPREPLY=($(compgen -W "${v}" -- "$cur")); return;;`)
      .join('\n');
    const flagCases = Object.entries(flags)
      .map(([k, v]) => `    "${k}") words="${v.join(' ')}";;`)
      .join('\n');
    const argCases = Object.entries(args)
      .map(([k, w]) => `      "${k}") COMPREPLY=($(compgen -W "$(pmdesk completion --words ${w} 2>/dev/null)" -- "$cur")); return;;`)
      .join('\n');
    const subCases = Object.entries(subs)
      .filter(([, v]) => v.length)
      .map(([g, v]) => `    ${g}) COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur")); return;;`)
      .join('\n');
    return `# pmdesk bash completion: eval "$(pmdesk completion bash)"
_pmdesk() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" words=""
  case "$prev" in
${enumCases}
    --unit) COMPREPLY=($(compgen -W "$(pmdesk completion --words units 2>/dev/null)" -- "$cur")); return;;
  esac
  if [ "$COMP_CWORD" -eq 3 ] && [[ "$cur" != -* ]]; then
    case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
${argCases}
    esac
  fi
  if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=($(compgen -W "${groups.join(' ')} ${global.join(' ')}" -- "$cur")); return; fi
  if [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]]; then
    case "\${COMP_WORDS[1]}" in
${subCases}
    esac
  fi
  case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
${flagCases}
  esac
  [ -z "$words" ] && case "\${COMP_WORDS[1]}" in
${Object.keys(subs)
  .map((g) => `    ${g}) words="${(flags[g] ?? []).join(' ')}";;`)
  .join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _pmdesk pmdesk`;
  }
  if (shell === 'zsh') {
    return `#compdef pmdesk
# pmdesk zsh completion: pmdesk completion zsh > "\${fpath[1]}/_pmdesk"
_pmdesk() {
  case $words[CURRENT-1] in
${Object.entries(ENUMS)
  .map(([f, v]) => `    ${f}) compadd ${v}; return;;`)
  .join('\n')}
    --unit) compadd -- \${(f)"$(pmdesk completion --words units 2>/dev/null)"}; return;;
  esac
  if (( CURRENT == 4 )) && [[ $words[CURRENT] != -* ]]; then
    case "$words[2] $words[3]" in
${Object.entries(args)
  .map(([k, w]) => `      "${k}") compadd -- \${(f)"$(pmdesk completion --words ${w} 2>/dev/null)"}; return;;`)
  .join('\n')}
    esac
  fi
  if (( CURRENT == 2 )); then compadd ${groups.join(' ')}; return; fi
  if (( CURRENT == 3 )) && [[ $words[CURRENT] != -* ]]; then
    case $words[2] in
${Object.entries(subs)
  .filter(([, v]) => v.length)
  .map(([g, v]) => `      ${g}) compadd ${v.join(' ')}; return;;`)
  .join('\n')}
    esac
  fi
  case "$words[2] $words[3]" in
${Object.entries(flags)
  .map(([k, v]) => `    "${k}") compadd -- ${v.join(' ')}; return;;`)
  .join('\n')}
  esac
}
compdef _pmdesk pmdesk`;
  }
  if (shell === 'fish') {
    const lines = [`complete -c pmdesk -f -n '__fish_use_subcommand' -a '${groups.join(' ')}'`];
    for (const [g, v] of Object.entries(subs))
      if (v.length) lines.push(`complete -c pmdesk -f -n '__fish_seen_subcommand_from ${g}' -a '${v.join(' ')}'`);
    for (const [f, v] of Object.entries(ENUMS)) lines.push(`complete -c pmdesk -f -l ${f.slice(2)} -r -a '${v}'`);
    for (const g of global) lines.push(`complete -c pmdesk -l ${g.slice(2)}`);
    lines.push(`complete -c pmdesk -f -l unit -r -a '(pmdesk completion --words units 2>/dev/null)'`);
    for (const [k, w] of Object.entries(args)) {
      const [g, v] = k.split(' ');
      lines.push(
        `complete -c pmdesk -f -n '__fish_seen_subcommand_from ${g}; and __fish_seen_subcommand_from ${v}' -a '(pmdesk completion --words ${w} 2>/dev/null)'`,
      );
    }
    return lines.join('\n');
  }
  refuse('E_USAGE', 'err.choice', { flag: 'shell', value: shell, choices: 'bash zsh fish' });
}
