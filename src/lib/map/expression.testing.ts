/**
 * MapLibre's own expression parser and evaluator (the style spec's), for tests: an expression
 * is checked as the map would read it, never by a hand-written stand-in that could agree with a
 * wrong expression.
 */
import { Color, createExpression } from '@maplibre/maplibre-gl-style-spec';

export interface ExpressionInputs {
	/** The feature's properties (['get', …]). */
	properties?: Record<string, unknown>;
	/** Its feature state (['feature-state', …]). */
	state?: Record<string, unknown>;
	zoom?: number;
}

/** Parses `expr` as a paint or layout value of `type` and evaluates it; colours as "rgba(…)". */
export function evaluate(
	expr: unknown,
	type: 'color' | 'number' | 'string' | 'boolean' | 'resolvedImage',
	{ properties = {}, state = {}, zoom = 2 }: ExpressionInputs = {}
): unknown {
	const parsed = createExpression(expr, {
		type,
		'property-type': 'data-driven',
		expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] }
	} as never);
	if (parsed.result !== 'success')
		throw new Error(
			`not a valid ${type} expression (${parsed.value.map((e) => e.message).join('; ')}): ${JSON.stringify(expr)}`
		);
	const value = parsed.value.evaluateWithoutErrorHandling(
		{ zoom },
		{ type: 'Polygon', properties } as never,
		state as never
	);
	if (value instanceof Color) return value.toString();
	// The spec's evaluator leaves a literal colour as written; the map parses it when it paints.
	return type === 'color' && typeof value === 'string' ? colour(value) : value;
}

/** A CSS colour as the evaluator writes it: "#ffffcc" → "rgba(255,255,204,1)". */
export function colour(css: string): string {
	const parsed = Color.parse(css);
	if (!parsed) throw new Error(`not a CSS colour: ${css}`);
	return parsed.toString();
}
