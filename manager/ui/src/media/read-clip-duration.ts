const GIVE_UP_MS = 10_000;
// A WebM recorded by MediaRecorder has no length in its header (Infinity): seeking this far
// makes the browser find the real end, and it then reports the length.
const FAR_AWAY_S = 1e101;

/**
 * A video file's length in whole milliseconds, read by the browser from the file itself;
 * null when the browser cannot tell (an unplayable codec, a damaged file).
 */
export function readClipDurationMs(file: Blob): Promise<number | null> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.preload = 'metadata';
  video.muted = true;
  return new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => done(null), GIVE_UP_MS);
    let settled = false;
    const done = (ms: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(ms === null || ms < 1 ? null : Math.round(ms));
    };
    video.addEventListener('loadedmetadata', () => {
      if (Number.isFinite(video.duration)) done(video.duration * 1000);
      else video.currentTime = FAR_AWAY_S;
    });
    video.addEventListener('durationchange', () => {
      if (Number.isFinite(video.duration)) done(video.duration * 1000);
    });
    video.addEventListener('error', () => done(null));
    video.src = url;
  });
}
