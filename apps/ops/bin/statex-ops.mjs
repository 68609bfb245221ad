#!/usr/bin/env node
// Node 24 strips TypeScript types natively, so the launcher runs the source as is.
import '../src/main.ts';
