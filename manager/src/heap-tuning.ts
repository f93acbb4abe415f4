import { setFlagsFromString } from 'node:v8';

/**
 * V8 allocates a site's objects straight in the old generation once most of them outlive a
 * young-generation collection, and keeps doing so. After one burst in which requests stay in
 * flight across collections (an import, a publish, a restart storm), every later request of a
 * screen was born old: the old generation filled at tens of MB a second, each young collection
 * took about four times as long and a full one came every two seconds, and the 304 answered a
 * fifth fewer requests (README, "Performance"). The manager's long-lived data is built once per
 * change, where copying it once more costs little; its requests die young.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
