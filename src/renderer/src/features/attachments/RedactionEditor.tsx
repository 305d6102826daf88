import { Alert, Button, Group, List, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Attachment, RedactionBox } from '../../../../shared/api';

export interface RedactionEditorProps {
  attachment: Attachment;
  /** data: URL of the current (cleaned) image. */
  src: string;
  opened: boolean;
  onClose(): void;
  /** Burns the boxes in; resolves when done (the editor closes), rejects to stay open. */
  onBurn(boxes: RedactionBox[]): Promise<void>;
}

/** Keeps a box inside the image and whole-pixel; null if nothing is left of it. */
export function clampBox(box: RedactionBox, width: number, height: number): RedactionBox | null {
  const x = Math.max(0, Math.min(width, Math.round(box.x)));
  const y = Math.max(0, Math.min(height, Math.round(box.y)));
  const x2 = Math.max(0, Math.min(width, Math.round(box.x + box.width)));
  const y2 = Math.max(0, Math.min(height, Math.round(box.y + box.height)));
  if (x2 - x < 1 || y2 - y < 1) return null;
  return { x, y, width: x2 - x, height: y2 - y };
}

function boxFromPoints(a: { x: number; y: number }, b: { x: number; y: number }): RedactionBox {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/**
 * Draw black boxes over what identifies the patient, then burn them into the
 * pixels. Boxes are drawn with the mouse (drag on the image) or typed in
 * pixel coordinates, so the editor also works from the keyboard.
 */
export function RedactionEditor({ attachment, src, opened, onClose, onBurn }: RedactionEditorProps) {
  const width = attachment.width ?? 1;
  const height = attachment.height ?? 1;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [boxes, setBoxes] = useState<RedactionBox[]>([]);
  const [drag, setDrag] = useState<{ start: { x: number; y: number }; box: RedactionBox } | null>(null);
  const [typed, setTyped] = useState({ x: 0, y: 0, width: Math.min(100, width), height: Math.min(40, height) });
  const [typedError, setTypedError] = useState<string | null>(null);
  const [burning, setBurning] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setBoxes([]);
    setDrag(null);
    const img = new Image();
    img.onload = () => setImage(img);
    img.src = src;
  }, [opened, src]);

  // Redraw: the image, then every box (and the one being dragged) in opaque black.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (image) ctx.drawImage(image, 0, 0, width, height);
    ctx.fillStyle = '#000';
    for (const b of drag ? [...boxes, drag.box] : boxes) ctx.fillRect(b.x, b.y, b.width, b.height);
  }, [image, boxes, drag, width, height]);

  const toImage = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const sx = rect.width ? width / rect.width : 1;
    const sy = rect.height ? height / rect.height : 1;
    return {
      x: Math.max(0, Math.min(width, (event.clientX - rect.left) * sx)),
      y: Math.max(0, Math.min(height, (event.clientY - rect.top) * sy)),
    };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const start = toImage(event);
    setDrag({ start, box: { ...start, width: 0, height: 0 } });
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drag) setDrag({ ...drag, box: boxFromPoints(drag.start, toImage(event)) });
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!drag) return;
    const box = clampBox(boxFromPoints(drag.start, toImage(event)), width, height);
    setDrag(null);
    if (box) setBoxes((list) => [...list, box]);
  };

  const addTyped = () => {
    const box = { x: typed.x, y: typed.y, width: typed.width, height: typed.height };
    const inside =
      Number.isInteger(box.x) && Number.isInteger(box.y) && Number.isInteger(box.width) && Number.isInteger(box.height) &&
      box.x >= 0 && box.y >= 0 && box.width >= 1 && box.height >= 1 && box.x + box.width <= width && box.y + box.height <= height;
    if (!inside) {
      setTypedError(`The box must be whole pixels inside the ${width}×${height} image.`);
      return;
    }
    setTypedError(null);
    setBoxes((list) => [...list, box]);
  };

  const burn = async () => {
    setBurning(true);
    try {
      await onBurn(boxes);
    } finally {
      setBurning(false);
    }
  };

  const number = (key: keyof typeof typed, label: string, max: number) => (
    <NumberInput
      label={label}
      value={typed[key]}
      min={key === 'width' || key === 'height' ? 1 : 0}
      max={max}
      step={1}
      allowDecimal={false}
      w={100}
      onChange={(value) => setTyped((t) => ({ ...t, [key]: typeof value === 'number' ? value : Number(value) || 0 }))}
    />
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`Redact ${attachment.name}`} size="xl">
      <Stack gap="md">
        <Text size="sm">
          Drag on the image to cover names, dates, ID numbers, faces or anything else that could identify the patient,
          or type a box in image pixels ({width}×{height}).
        </Text>
        <canvas
          ref={canvasRef}
          width={width}
          height={height}
          role="img"
          aria-label={`${attachment.name} with redaction boxes; drag to draw a box`}
          style={{ width: '100%', maxHeight: '60vh', objectFit: 'contain', cursor: 'crosshair', touchAction: 'none', background: '#eee' }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
        />
        <Group align="flex-end" gap="xs" role="group" aria-label="Add a box by coordinates">
          {number('x', 'X', width - 1)}
          {number('y', 'Y', height - 1)}
          {number('width', 'Width', width)}
          {number('height', 'Height', height)}
          <Button variant="default" onClick={addTyped}>
            Add box
          </Button>
        </Group>
        {typedError && (
          <Text size="sm" c="red" role="alert">
            {typedError}
          </Text>
        )}
        {boxes.length > 0 ? (
          <List aria-label="Redaction boxes" size="sm" spacing={4}>
            {boxes.map((b, i) => (
              <List.Item key={`${i}-${b.x}-${b.y}-${b.width}-${b.height}`}>
                <Group gap="xs">
                  <Text size="sm">
                    Box {i + 1}: x {b.x}, y {b.y}, {b.width}×{b.height}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={12} />}
                    aria-label={`Remove box ${i + 1}`}
                    onClick={() => setBoxes((list) => list.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No boxes yet.
          </Text>
        )}
        <Alert color="orange" icon={<IconAlertTriangle />} title="This cannot be undone" role="note">
          Burning in blacks out the boxes in the stored image itself, not as a layer on top. The copy without the boxes
          is deleted from this computer, so the covered pixels cannot be recovered.
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={burning}>
            Cancel
          </Button>
          <Button color="dark" onClick={() => void burn()} disabled={boxes.length === 0} loading={burning}>
            Burn in redactions
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
