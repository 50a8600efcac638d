// How the tests and benches launch Chromium on this kind of machine: the Debian package (Playwright's own
// download needs the internet), no sandbox (containers run as root), and nothing that phones home.

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
