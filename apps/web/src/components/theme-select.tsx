'use client';

import { useEffect, useState } from 'react';

const THEMES = ['auto', 'light', 'dark', 'eu', 'uae'] as const;
export type Choice = (typeof THEMES)[number];

/** Light, dark, EU or UAE colours (the prototypes' themes); "automatic" follows the system. */
export function ThemeSelect({ label, names }: { label: string; names: Record<Choice, string> }) {
  const [choice, setChoice] = useState<Choice>('auto');
  useEffect(() => {
    const saved = localStorage.getItem('statex.theme');
    if (saved && (THEMES as readonly string[]).includes(saved)) setChoice(saved as Choice);
  }, []);
  const choose = (next: Choice) => {
    setChoice(next);
    if (next === 'auto') {
      localStorage.removeItem('statex.theme');
      delete document.documentElement.dataset.theme;
    } else {
      localStorage.setItem('statex.theme', next);
      document.documentElement.dataset.theme = next;
    }
  };
  return (
    <label className="flex items-center gap-2">
      <span>{label}</span>
      <select data-theme-select className="field !w-auto !py-1" value={choice} onChange={(event) => choose(event.target.value as Choice)}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>{names[theme]}</option>
        ))}
      </select>
    </label>
  );
}
