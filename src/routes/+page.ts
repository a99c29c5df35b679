// The dashboard is a browser application (a WebGL map and state in the URL); no server rendering.
export const ssr = false;
