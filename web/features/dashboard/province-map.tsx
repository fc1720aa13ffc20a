import { useEffect, useMemo, useState } from 'react'
import { Alert, Skeleton } from '@mantine/core'
import { provinceMapView, type MapProvince, type MapWords } from '../../../common/geo/province-map-view'
import type { ProvinceShapes } from '../../../common/geo/province-shapes'
import { loadedProvinceShapes, loadProvinceShapes } from './province-geo'

/**
 * The province choropleth as plain SVG (no chart library: it draws as soon as the boundaries arrive). Each province
 * names itself and its value on hover; from the keyboard the map is one tab stop and the arrow keys go from province
 * to province (Escape leaves). The legend is a list under it, the same numbers a table beside it.
 */
export function ProvinceMap({ provinces, words, label, failedText, height }: { provinces: MapProvince[]; words: MapWords; label: string; failedText: string; height: number }) {
  const [shapes, setShapes] = useState<ProvinceShapes | null | 'failed'>(loadedProvinceShapes)
  const [active, setActive] = useState<string | null>(null)
  useEffect(() => {
    if (shapes) return
    let live = true
    loadProvinceShapes().then((s) => live && setShapes(s), () => live && setShapes('failed'))
    return () => { live = false }
  }, [shapes])
  const view = useMemo(() => (shapes && shapes !== 'failed' ? provinceMapView(shapes, provinces, words) : null), [shapes, provinces, words])
  if (shapes === 'failed') return <Alert color="gray">{failedText}</Alert>
  if (!shapes || !view) return <Skeleton height={height} />
  const shown = view.areas.find((a) => a.iso === active)
  const northToSouth = [...shapes.shapes].sort((a, b) => a.centre[1] - b.centre[1]).map((s) => s.iso)
  return (
    <div className="dashboard-map-box" data-testid="province-map" data-ready="true">
      <svg
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        role="group"
        aria-label={label}
        className="dashboard-map"
        style={{ maxHeight: height }}
        tabIndex={0}
        onPointerLeave={() => setActive(null)}
        onBlur={() => setActive(null)}
        onKeyDown={(e) => {
          const next = stepThrough(northToSouth, active, e.key)
          if (next === undefined) return
          e.preventDefault()
          setActive(next)
        }}
      >
        {view.areas.map((a) => (
          <path
            key={a.iso}
            d={a.d}
            fill={a.fill}
            data-iso={a.iso}
            role="img"
            aria-label={`${a.name}: ${a.valueText}`}
            onPointerEnter={() => setActive(a.iso)}
          />
        ))}
        {/* The hovered province on top, so its outline is not hidden under a neighbour's. */}
        {shown ? <path d={shown.d} className="dashboard-map-active" aria-hidden="true" /> : null}
      </svg>
      {shown ? (
        <div className="dashboard-map-tip" role="status">
          <strong>{shown.name}</strong><br />{shown.valueText}
        </div>
      ) : null}
      {view.pieces.length ? (
        <ul className="dashboard-map-legend">
          {view.pieces.map((p) => <li key={p.label}><span style={{ background: p.color }} aria-hidden="true" />{p.label}</li>)}
        </ul>
      ) : null}
    </div>
  )
}

/** The province the arrow keys lead to from `current` (null: none shown), or undefined for a key the map ignores. */
function stepThrough(codes: string[], current: string | null, key: string): string | null | undefined {
  if (key === 'Escape') return current === null ? undefined : null
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0
  if (!step || !codes.length) return undefined
  const at = current === null ? (step > 0 ? -1 : codes.length) : codes.indexOf(current)
  return codes[(at + step + codes.length) % codes.length]
}
