import type { Plugin } from 'vite';

/**
 * opencv-js (the OCR's line cutting) is an Emscripten build whose embind glue writes its
 * function wrappers as source text and compiles them with `new Function`, which the app's CSP
 * (`script-src 'self' 'wasm-unsafe-eval'`, no 'unsafe-eval') forbids, in the evidence worker too.
 * These are the same wrappers written as closures, as later Emscripten releases do when built
 * without dynamic execution. Each piece must be found exactly once: an opencv-js update that
 * changes the glue fails the build here instead of failing at run time.
 */
const namedFunction = {
  from: /function createNamedFunction\(name,body\)\{name=makeLegalFunctionName\(name\);return new Function\([^]*?\)\(body\)\}/u,
  to: 'function createNamedFunction(name,body){return function(){return body.apply(this,arguments)}}',
};

const dynCaller = {
  from: /return new Function\("dynCall","rawFunction",body\)\(dynCall,rawFunction\)\}/u,
  to: 'return function(){var args=[rawFunction];for(var i=0;i<arguments.length;i++)args.push(arguments[i]);return dynCall.apply(null,args)}}',
};

const invoker = {
  from: /function craftInvokerFunction\(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc\)\{[^]*?var invokerFunction=new_\(Function,args1\)\.apply\(null,args2\);return invokerFunction\}/u,
  to: `function craftInvokerFunction(humanName,argTypes,classType,cppInvokerFunc,cppTargetFunc){
var argCount=argTypes.length;
if(argCount<2){throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!")}
var isClassMethodFunc=argTypes[1]!==null&&classType!==null;
var needsDestructorStack=false;
for(var i=1;i<argTypes.length;++i){if(argTypes[i]!==null&&argTypes[i].destructorFunction===undefined){needsDestructorStack=true;break}}
var returns=argTypes[0].name!=="void";
var expected=argCount-2;
return function(){
if(arguments.length!==expected){throwBindingError("function "+humanName+" called with "+arguments.length+" arguments, expected "+expected+" args!")}
var destructors=needsDestructorStack?[]:null;
var wired=[cppTargetFunc];
var thisWired;
if(isClassMethodFunc){thisWired=argTypes[1].toWireType(destructors,this);wired.push(thisWired)}
var argsWired=[];
for(var j=0;j<expected;++j){argsWired.push(argTypes[j+2].toWireType(destructors,arguments[j]));wired.push(argsWired[j])}
var rv=cppInvokerFunc.apply(null,wired);
if(needsDestructorStack){runDestructors(destructors)}else{
for(var k=isClassMethodFunc?1:2;k<argTypes.length;++k){var param=k===1?thisWired:argsWired[k-2];if(argTypes[k].destructorFunction!==null){argTypes[k].destructorFunction(param)}}}
if(returns){return argTypes[0].fromWireType(rv)}
}}`,
};

/** Calls a JavaScript method from C++ (emscripten::val::call), e.g. when the line cutter reads a contour. */
const methodCaller = {
  from: /var functionName=makeLegalFunctionName\("methodCaller_"\+signatureName\);[^]*?var invokerFunction=new_\(Function,params\)\.apply\(null,args\);return __emval_addMethodCaller\(invokerFunction\)\}/u,
  to: `var argTypes1=types.slice(1);var offsets=[];var offset=0;
for(var i=0;i<argCount-1;++i){offsets.push(offset);offset+=argTypes1[i]["argPackAdvance"]}
return __emval_addMethodCaller(function(handle,name,destructors,args){
var argv=[];for(var j=0;j<argCount-1;++j){argv.push(argTypes1[j].readValueFromPointer(args+offsets[j]))}
var rv=handle[name].apply(handle,argv);
for(var k=0;k<argCount-1;++k){if(argTypes1[k]["deleteObject"]){argTypes1[k].deleteObject(argv[k])}}
if(!retType.isVoid){return retType.toWireType(destructors,rv)}
})}`,
};

export function withoutEval(code: string): string {
  let out = code;
  for (const { from, to } of [namedFunction, dynCaller, invoker, methodCaller]) {
    const found = out.match(new RegExp(from.source, 'gu'))?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `opencv-js glue changed: ${from.source.slice(0, 40)} found ${String(found)} times`,
      );
    out = out.replace(from, () => to);
  }
  return out;
}

export const opencvWithoutEval = (): Plugin => ({
  name: 'opencv-without-eval',
  transform(code, id) {
    return id.endsWith('/@techstark/opencv-js/dist/opencv.js') ? withoutEval(code) : null;
  },
});
