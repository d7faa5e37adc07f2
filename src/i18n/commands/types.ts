// The help of one command: its purpose, the rule ids it follows, two examples
// and each option's text, in both languages. Keys are command paths
// ("complaint new"); "* list" etc. are the uniform verbs of every record group,
// with {group} and {prefix} filled in. An entry may give only `options` (a
// group's extra list filters); the rest then comes from the "* …" entry.
export type Text = { en: string; zh: string };
export type CommandHelp = {
  en?: string;
  zh?: string;
  rules?: string[];
  examples?: string[];
  options?: Record<string, Text>;
};
export type HelpBundle = Record<string, CommandHelp>;
