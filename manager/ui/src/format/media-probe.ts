/** What the browser learns when it loads a file: pixel size, and a video's length. */
export interface MediaProbe {
  width: number;
  height: number;
  /** Seconds; absent for images. */
  durationSeconds?: number;
}

export function probeOfImage(image: HTMLImageElement): MediaProbe {
  return { width: image.naturalWidth, height: image.naturalHeight };
}

export function probeOfVideo(video: HTMLVideoElement): MediaProbe {
  const duration = Number.isFinite(video.duration) ? Math.round(video.duration) : undefined;
  return {
    width: video.videoWidth,
    height: video.videoHeight,
    ...(duration === undefined ? {} : { durationSeconds: duration }),
  };
}
