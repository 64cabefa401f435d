import { Alert } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';

/**
 * The browser camera read as a QR scanner: frames are decoded a few times a second and each new
 * code is handed on once (the same member standing there is not checked in twice a second).
 */
export function CodeScanner({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const last = useRef('');
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    const canvas = document.createElement('canvas');
    const read = () => {
      const v = video.current;
      if (!v || v.readyState < 2) return;
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      const g = canvas.getContext('2d', { willReadFrequently: true });
      if (!g) return;
      g.drawImage(v, 0, 0);
      const found = jsQR(g.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      if (found?.data && found.data !== last.current) {
        last.current = found.data;
        onCode(found.data);
      }
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
        timer = window.setInterval(read, 300);
      })
      .catch(() => setProblem('无法打开摄像头，请在下方输入委员码'));
    if (!navigator.mediaDevices) setProblem('此浏览器不支持摄像头，请在下方输入委员码');
    return () => {
      window.clearInterval(timer);
      for (const t of stream?.getTracks() ?? []) t.stop();
    };
  }, [onCode]);
  if (problem) return <Alert type="warning" showIcon title={problem} />;
  return (
    <video
      ref={video}
      muted
      playsInline
      style={{ width: '100%', maxHeight: 320, background: '#000' }}
      aria-label="扫描委员码的摄像头画面"
    />
  );
}
