import { mount } from 'svelte'
import './shell/app.css'
import App from './shell/App.svelte'
import { guardWindow } from './shell/guard'

guardWindow(window)

mount(App, { target: document.getElementById('app')! })
