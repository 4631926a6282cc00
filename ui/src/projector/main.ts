import { mount } from 'svelte'
import '../shell/app.css'
import { guardWindow } from '../shell/guard'
import Projector from './Projector.svelte'

guardWindow(window)

mount(Projector, { target: document.getElementById('projector')! })
