// Midjourney's button row under a finished grid, as both the simulator and the studio show it (label, or emoji
// when the button has no label): four upscales, the reroll, four variations.
export const GRID_BUTTON_FACES = ["U1", "U2", "U3", "U4", "🔄", "V1", "V2", "V3", "V4"];
