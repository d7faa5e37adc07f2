// Shell completion scripts generated from the command tree.
import type { Command } from 'commander';
import { refuse } from '../domain/errors.js';

function words(program: Command): { groups: string[]; subs: Record<string, string[]> } {
  const groups = program.commands.map((c) => c.name());
  const subs: Record<string, string[]> = {};
  for (const c of program.commands) subs[c.name()] = c.commands.map((s) => s.name());
  return { groups, subs };
}

export function completion(program: Command, shell: string): string {
  const { groups, subs } = words(program);
  if (shell === 'bash') {
    const cases = Object.entries(subs)
      .filter(([, v]) => v.length)
      .map(([g, v]) => `    ${g}) COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur"));;`)
      .join('\n');
    return `# pmdesk bash completion: eval "$(pmdesk completion bash)"
_pmdesk() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=($(compgen -W "${groups.join(' ')}" -- "$cur")); return; fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
}
complete -F _pmdesk pmdesk`;
  }
  if (shell === 'zsh') {
    return `#compdef pmdesk
# pmdesk zsh completion: pmdesk completion zsh > "\${fpath[1]}/_pmdesk"
_pmdesk() {
  if (( CURRENT == 2 )); then compadd ${groups.join(' ')}; return; fi
  case $words[2] in
${Object.entries(subs)
  .filter(([, v]) => v.length)
  .map(([g, v]) => `    ${g}) (( CURRENT == 3 )) && compadd ${v.join(' ')};;`)
  .join('\n')}
  esac
}
compdef _pmdesk pmdesk`;
  }
  if (shell === 'fish') {
    const lines = [`complete -c pmdesk -f -n '__fish_use_subcommand' -a '${groups.join(' ')}'`];
    for (const [g, v] of Object.entries(subs)) if (v.length) lines.push(`complete -c pmdesk -f -n '__fish_seen_subcommand_from ${g}' -a '${v.join(' ')}'`);
    return lines.join('\n');
  }
  refuse('E_USAGE', 'err.choice', { flag: 'shell', value: shell, choices: 'bash zsh fish' });
}
