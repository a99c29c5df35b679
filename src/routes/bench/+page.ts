// The map benchmark runs only in the browser, and nothing links here: `npm run bench` opens it.
export const ssr = false;
