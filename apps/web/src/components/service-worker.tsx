'use client';

import { useEffect } from 'react';

/** Registers /sw.js (static assets cache-first, offline page for navigations). */
export function ServiceWorker() {
  useEffect(() => {
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  }, []);
  return null;
}
