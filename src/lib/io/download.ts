/** Saves text as a file through the browser's download (an object URL on a temporary link). */

/** Starts a download of `text` named `fileName`. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The click has handed the blob to the download manager; free it after this task.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Clicks a hidden link that downloads `href` as `fileName`. */
function clickDownload(fileName: string, href: string): void {
	const link = document.createElement('a');
	link.href = href;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
}

/** Starts a download of `blob` (an image, say) named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	clickDownload(fileName, url);
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Starts a download of what the server answers at `href` (a streamed export), named `fileName`. */
export function downloadUrl(fileName: string, href: string): void {
	clickDownload(fileName, href);
}
