// What the wizard imports of the decoder's script. import() needs a module object, which a bundle
// builds in the chunk of the module imported: here, so the chunk the decoder page loads has none.
export { mountDecoder } from '../browser/decoder-panel';
