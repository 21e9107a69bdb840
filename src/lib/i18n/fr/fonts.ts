/** French pages use the Latin faces of the English ones (../fonts.ts). */
export * from '../fonts';
