// Gives the page its turn: the scene's start-up waits with this between pieces of work, so input and paint
// get in between them.
export const pause = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
