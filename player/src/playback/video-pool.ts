/**
 * At most two video elements for the whole stage (the one showing and the one being prepared),
 * reused rather than created per slide: TV browsers leak decoders when videos come and go.
 */
export class VideoPool {
  #free: HTMLVideoElement[] = [];
  #created = 0;

  constructor(private readonly max = 2) {}

  acquire(): HTMLVideoElement | null {
    const video = this.#free.pop();
    if (video) return video;
    if (this.#created >= this.max) return null;
    this.#created++;
    const created = document.createElement('video');
    created.muted = true;
    created.playsInline = true;
    created.loop = true;
    created.preload = 'auto';
    created.crossOrigin = 'anonymous';
    created.setAttribute('muted', '');
    created.setAttribute('playsinline', '');
    return created;
  }

  release(video: HTMLVideoElement): void {
    video.pause();
    video.removeAttribute('src');
    // Loading an empty source frees the decoder and the buffered bytes.
    video.load();
    video.remove();
    this.#free.push(video);
  }
}
