import Mustache

// Template lookups without reflection, as for the Markdown pages (see MarkdownRenderLookup.swift):
// each render model answers exactly its stored properties (`RenderLookupTests` checks that they
// agree with `Mirror`); an unknown name is nil, so mustache looks further out.

extension SwiftRuntimeFileModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "prefix": self.prefix
        case "apiName": self.apiName
        case "access": self.access
        case "importAccess": self.importAccess
        case "errorTypeName": self.errorTypeName
        case "authorizationHeaderLiteral": self.authorizationHeaderLiteral
        case "authorizationValueExpression": self.authorizationValueExpression
        case "authorizationDocExample": self.authorizationDocExample
        case "errorStatuses": self.errorStatuses
        case "errorFieldLiteral": self.errorFieldLiteral
        case "acceptedStatus": self.acceptedStatus
        case "locationFieldLiteral": self.locationFieldLiteral
        case "timestampFormatLiteral": self.timestampFormatLiteral
        case "timestampAlternativeFormatsList": self.timestampAlternativeFormatsList
        case "timestampLocaleLiteral": self.timestampLocaleLiteral
        case "timestampTimeZoneLiteral": self.timestampTimeZoneLiteral
        default: nil
        }
    }
}

extension SwiftObjectFileModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "access": self.access
        case "importAccess": self.importAccess
        case "prefix": self.prefix
        case "imports": self.imports
        case "hasImports": self.hasImports
        case "name": self.name
        case "docLines": self.docLines
        case "bodyText": self.bodyText
        default: nil
        }
    }
}

extension SwiftEnumFileModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "access": self.access
        case "prefix": self.prefix
        case "name": self.name
        case "docLines": self.docLines
        case "cases": self.cases
        case "otherCase": self.otherCase
        default: nil
        }
    }
}

extension SwiftEnumCaseModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "member": self.member
        case "wireValueLiteral": self.wireValueLiteral
        case "docLines": self.docLines
        default: nil
        }
    }
}

extension SwiftEndpointFileModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "access": self.access
        case "importAccess": self.importAccess
        case "prefix": self.prefix
        case "imports": self.imports
        case "namespace": self.namespace
        case "docLines": self.docLines
        case "operationIDLiteral": self.operationIDLiteral
        case "httpMethod": self.httpMethod
        case "pathLiteral": self.pathLiteral
        case "requiresAuthorization": self.requiresAuthorization
        case "isAsynchronous": self.isAsynchronous
        case "deprecationAttribute": self.deprecationAttribute
        case "hasDeprecation": self.hasDeprecation
        case "requestText": self.requestText
        case "body": self.body
        case "hasBody": self.hasBody
        case "responseText": self.responseText
        case "responseDocLines": self.responseDocLines
        case "methodName": self.methodName
        case "methodDocLines": self.methodDocLines
        case "requestMethodDocLines": self.requestMethodDocLines
        case "methodDeclarationLines": self.methodDeclarationLines
        case "requestMethodDeclarationLines": self.requestMethodDeclarationLines
        case "forwardingCallLines": self.forwardingCallLines
        case "builderStatements": self.builderStatements
        default: nil
        }
    }
}

extension SwiftRequestBodyModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "docLine": self.docLine
        case "hasWrapper": self.hasWrapper
        case "topLevel": self.topLevel
        case "wrapped": self.wrapped
        case "wrapperKeyLiteral": self.wrapperKeyLiteral
        case "hasTopLevel": self.hasTopLevel
        case "hasWrappedFields": self.hasWrappedFields
        default: nil
        }
    }
}

extension SwiftBodyFieldModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "declaration": self.declaration
        case "assignment": self.assignment
        case "codingKey": self.codingKey
        default: nil
        }
    }
}

extension SwiftStructBodyModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "access": self.access
        case "prefix": self.prefix
        case "properties": self.properties
        case "hasProperties": self.hasProperties
        case "initDocLines": self.initDocLines
        case "initDeclarationLines": self.initDeclarationLines
        default: nil
        }
    }
}

extension SwiftPropertyModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "type": self.type
        case "optionalMark": self.optionalMark
        case "docLines": self.docLines
        case "isIndirect": self.isIndirect
        case "storageName": self.storageName
        case "wireNameLiteral": self.wireNameLiteral
        case "parameter": self.parameter
        case "assignment": self.assignment
        default: nil
        }
    }
}
