"""A few seconds of gentle tones as a WAV file: the sample oral-history recordings."""

import io
import math
import struct
import wave


def tones(seed: int, seconds: float = 4.0, rate: int = 8000) -> bytes:
    notes = [262, 294, 330, 392, 440, 523]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        frames = bytearray()
        per_note = int(rate * 0.5)
        for i in range(int(seconds * 2)):
            freq = notes[(seed + i * 2) % len(notes)]
            for n in range(per_note):
                envelope = min(1.0, n / 400) * max(0.0, 1 - n / per_note)
                sample = int(9000 * envelope * math.sin(2 * math.pi * freq * n / rate))
                frames += struct.pack("<h", sample)
        wav.writeframes(bytes(frames))
    return buffer.getvalue()
