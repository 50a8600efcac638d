import { z } from "zod";

// zod 4 probes whether it may compile parsers with `new Function`. The probe is caught, but under our CSP
// (no 'unsafe-eval') Chromium still reports it as a violation on every page. In the browser zod's JIT only
// speeds up big object parses, so skip it there; the server has no CSP and keeps it.
if (typeof window !== "undefined") z.config({ jitless: true });
