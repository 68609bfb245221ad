'use client';

import { useEffect } from 'react';
import { sendAbEvent } from '../lib/ab-client';

/** Counts this page view as an exposure of the visitor's home-page variant. */
export function AbExposure() {
  useEffect(() => sendAbEvent('exposure'), []);
  return null;
}
