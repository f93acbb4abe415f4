import type { QueueCall } from '@bangtin/shared';

let audio: AudioContext | undefined;

/** What is said and shown for a call. */
export const callSentence = (call: QueueCall) => `Mời số ${call.number} đến quầy ${call.counter}`;

/**
 * A short two-tone chime (Web Audio, no file), then, when `speak`, the call read aloud by a
 * Vietnamese voice if the device has one. Sound that the browser refuses is simply not heard.
 */
export function announceCall(call: QueueCall, speak: boolean): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const start = audio.currentTime;
    for (const [i, frequency] of [880, 660].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      const at = start + i * 0.35;
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.3, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.6);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 0.6);
    }
  } catch {
    // No audio output on this device: the call still shows.
  }
  const voice = speak && globalThis.speechSynthesis?.getVoices().find((v) => /^vi/i.test(v.lang));
  if (!voice) return;
  const utterance = new SpeechSynthesisUtterance(callSentence(call));
  utterance.voice = voice;
  utterance.lang = voice.lang;
  // After the chime.
  setTimeout(() => speechSynthesis.speak(utterance), 800);
}
