import '@mantine/tiptap/styles.css'
import { RichTextEditor } from '@mantine/tiptap'
import { Collaboration } from '@tiptap/extension-collaboration'
import { useEditor } from '@tiptap/react'
import { StarterKit } from '@tiptap/starter-kit'
import { useEffect } from 'react'
import type * as Y from 'yjs'

/**
 * The body in TipTap, bound to the Y.Doc: every keystroke is a Yjs update the bridge stores.
 * Collaboration brings its own undo (only this person's edits, never a colleague's), so
 * StarterKit's is off; so is the trailing paragraph StarterKit would add on opening, which
 * would be an edit nobody made (and refused on an approved document).
 */
export function BodyEditor({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          trailingNode: false,
          link: { openOnClick: false, defaultProtocol: 'https' },
        }),
        Collaboration.configure({ document: doc }),
      ],
      editable,
      editorProps: {
        attributes: { 'aria-label': 'Document text', role: 'textbox', 'aria-multiline': 'true' },
      },
    },
    [doc],
  )
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  return (
    <RichTextEditor
      editor={editor}
      variant="subtle"
      styles={{ content: { minHeight: 420 } }}
      aria-label="Document editor"
    >
      {editable ? (
        <RichTextEditor.Toolbar sticky stickyOffset={52}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H1 />
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
            <RichTextEditor.Hr />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      ) : null}
      <RichTextEditor.Content />
    </RichTextEditor>
  )
}
