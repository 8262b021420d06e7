// The floor: the baseline shell's sliders and figures with no chart drawn, so what the
// browser's own input and frame pipeline takes shows apart from what a chart adds.
function drawGap() {}
