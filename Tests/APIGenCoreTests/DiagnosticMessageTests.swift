@testable import APIGenCore
import Testing

/// Diagnostic kinds: their codes, and the words of a few.
@Suite("Diagnostic messages")
struct DiagnosticMessageTests {
    @Test("Every case has a sample here: `Case` mirrors the cases, and both switches below are exhaustive")
    func everyCaseHasASample() {
        for kind in Case.allCases {
            #expect(Self.mirror(Self.sample(kind)) == kind, "the sample for \(kind) is another case")
        }
    }

    @Test("Codes are kebab-case and unique")
    func codesAreKebabCaseAndUnique() {
        let codes = Case.allCases.map { Self.sample($0).code }
        for code in codes {
            #expect(code.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "not kebab-case: \(code)")
        }
        let repeated = Dictionary(grouping: codes) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated == [])
    }

    @Test("Every text is one non-empty line that does not end in a space")
    func textsAreLines() {
        for kind in Case.allCases {
            let text = Self.sample(kind).text
            #expect(!text.isEmpty && !text.contains("\n") && text.last != " ", "\(kind): \(text)")
        }
    }

    @Test("Notes are notes; three findings about specs and what an import cannot map are warnings")
    func severities() {
        let warnings = Case.allCases.filter { Self.sample($0).severity == .warning }
        let importWarnings = Case.allCases.filter { "\($0)".hasPrefix("zstack") && $0 != .zstackCheckoutWithoutDocs }
        #expect(importWarnings.count == 11)
        #expect(warnings == [.noDeclarations, .outsideWrapperWithoutWrapper, .noAPISettings] + importWarnings)
        for kind in Case.allCases where "\(kind)".hasSuffix("Here") {
            #expect(Self.sample(kind).severity == .note, "\(kind)")
        }
    }

    @Test("Texts, word for word", arguments: [
        (
            DiagnosticMessage.unknownKeyword("descripton", in: .endpoint, suggestion: "description"),
            "unknown keyword 'descripton' in the endpoint; did you mean 'description'?"
        ),
        (.unknownKeyword("x", in: .keyword("api.auth"), suggestion: nil), "unknown keyword 'x' in 'api.auth'"),
        (.notABoolean("required", found: .text("maybe")), "'required' must be true or false, found 'maybe'"),
        (.notAWholeNumber("status", range: 100...599, found: .nothing), "'status' must be a whole number from 100 to 599, found nothing"),
        (.notText(.translation(.enumValueText("Running"), locale: "en"), found: .list), "'the text of 'Running'.en' must be text, found a list"),
        (
            .invalidChoice(.accessLevel, found: "publik", options: ["public", "package"], suggestion: "public"),
            "invalid access level 'publik'; expected one of 'public', 'package'; did you mean 'public'?"
        ),
        (.unsupportedFormatVersion(found: .mapping, supported: 1), "unsupported spec format version 'a mapping'; this apigen reads version 1"),
        (.invalidUTF8(byte: 0x8), "the file is not valid UTF-8: byte 0x08 cannot start or continue a character (save the file as UTF-8)"),
        (.invalidYAML(problem: nil, context: nil), "invalid YAML: unreadable YAML"),
        (
            .invalidYAML(problem: "did not find expected ',' or '}'", context: .init("while parsing a flow mapping", line: 8, column: 11)),
            "invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 8, column 11)"
        ),
        (.unknownType("Strng", suggestion: "String"), "unknown type 'Strng'; did you mean 'String'?"),
        (.unknownType("Vm", suggestion: nil), "unknown type 'Vm'; define it under 'types:', or with 'fields:' or 'values:' at its first use"),
        (
            .typeRedefinedDifferently("VmInventory", difference: .fieldTypeChanged("cpuNum", from: "Integer", to: "Long")),
            "type 'VmInventory' is defined again differently: field 'cpuNum' was Integer, here it is Long"
        ),
        (
            .indistinguishableEndpoints(
                operationID: "StartVm", method: .PUT, path: "/vms/{uuid}/actions", other: "StartVmAgain", otherMethod: .PUT,
                otherPath: "/vms/{vmUuid}/actions", sharedWrapper: "startVm"),
            "endpoint 'StartVm' cannot be told apart from 'StartVmAgain': 'PUT /vms/{uuid}/actions' is the route of "
                + "'PUT /vms/{vmUuid}/actions' and both bodies have the wrapper 'startVm'; give one of them another path, method or body wrapper"
        ),
        (
            .queryConventionNotFollowed(operationID: "QueryVm", conditions: "q", requirement: .listField("inventories", keyword: "items")),
            "'QueryVm' has the query parameter 'q', so it follows api.queries, but its reply has no List field 'inventories' (api.queries.items)"
        ),
        (
            .exampleBodyMissingWrapper("params", misplacedField: "name"),
            "example body is missing the wrapper 'params': fields go inside {\"params\": {...}} ('name' belongs inside it)"
        ),
        (
            .exampleFieldNotTopLevel("name", wrapper: "params", belongsInWrapper: true, suggestion: nil),
            "'name' is not a top-level field of the body; it belongs inside 'params'"
        ),
        (
            .exampleWrongType(ValuePath("body").member("at"), expected: .timestamp, type: "Timestamp", found: .boolean, text: "true"),
            "example value for 'body.at' must be a date string or epoch milliseconds (Timestamp), found a boolean 'true'"
        ),
        (
            .exampleWrongType(ValuePath("tags", keyword: "default"), expected: .kinds([.array]), type: "List<String>", found: .object, text: nil),
            "default value for 'tags' must be an array (List<String>), found an object"
        ),
        (
            .parameterNotEncodable("filter", type: "JSON", as: .query),
            "'filter' of type 'JSON' cannot be sent as a query parameter: a query parameter is a scalar, a List of scalars ('name=a&name=b'), "
                + "or a Map<String, T> of scalars or of Lists of them, or a LinkedHashMap ('name.key=value'); declare it in the body instead"
        ),
        (.templateSectionNeverClosed("open"), "template syntax error: section 'open' is never closed"),
        (.layoutNotSupported(.perSpecFile, emitter: "markdown"), "'layout: per-spec-file' does not apply to the markdown emitter"),
        (.keyFirstAppearsHere("title"), "'title' first appears here"),
    ] as [(DiagnosticMessage, String)])
    func text(_ kind: DiagnosticMessage, _ expected: String) {
        #expect(kind.text == expected)
    }

    @Test("A diagnostic takes its severity from its kind, and its message is the kind's text on one line")
    func diagnosticFromKind() {
        let location = SourceLocation(file: "a.yaml", line: 2, column: 3)
        let diagnostic = Diagnostic(.invalidChoice("method", found: "GE\r\nT", options: ["GET"], suggestion: "GET"), at: location)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.formatted == #"a.yaml:2:3: error: invalid method 'GE\r\nT'; expected one of 'GET'; did you mean 'GET'?"#)
    }

    // MARK: - One sample of every case

    /// `DiagnosticMessage`'s cases without their values. A new case breaks `mirror` until it is
    /// added here, and then `sample` until it has a sample.
    enum Case: CaseIterable {
        case invalidUTF8, yamlParserUnavailable, emptyFile, invalidYAML, secondYAMLDocument, yamlTooDeep, duplicateKey, recursiveAlias
        case aliasedNodeStartsHere, aliasExpansionLimit, keyFirstAppearsHere, keywordNotText, unknownKeyword, missingKeyword, nameNotText
        case notAMapping, notText, emptyValue, notABoolean, notAWholeNumber, choiceNotText, invalidChoice, notLocalizedText, localeNotText
        case unknownLocale, notAList, missingFormatVersion, formatVersionNotFirst, quotedFormatVersion, unsupportedFormatVersion
        case noDeclarations, noLocales, unknownTimeZone, invalidJobsPath, bothFieldsAndValues, typeWithoutFieldsOrValues
        case builtinTypeRedefined, invalidTypeName, inlineTypeWithoutName, enumWithoutValues, invalidOperationID, getWithBody
        case outsideWrapperWithoutWrapper, historyNotAList, pathWithoutLeadingSlash, queryInPath, placeholderNotWholeSegment
        case unmatchedBraceInPath, duplicatePlaceholder, placeholderWithoutParameter, parameterNotInPath, optionalPathParameter
        case unexpectedCharacterInType
        case invalidType, expectedTypeName, bareList, listArgumentCount, mapArgumentCount, mapKeyNotString, typeTakesNoArguments
        case missingClosingAngleBracket, expectedCommaOrClosingAngleBracket, noAPISettings, apiDeclaredAgain, apiFirstDeclaredHere
        case typeRedefinedDifferently, typeFirstDefinedHere, operationIDReused, operationIDFirstUsedHere, unknownType, undefinedErrorType
        case swiftNameCollision, collidingNameHere, indistinguishableEndpoints, declaredHere, bodyFieldReadsAsWrapper, wrapsBodyHere
        case parameterNotEncodable, queryParameterReadsAsMapEntry, queryConventionNotFollowed, pagingMethodIsEndpointMethod
        case sessionConventionNotMet
        case exampleBodyNotDeclared, exampleBodyNotAnObject
        case exampleBodyMissingWrapper, exampleFieldNotTopLevel, exampleUnknownParameter, exampleMissingParameter, exampleUnexpectedStatus
        case exampleNotAnObject, exampleKeyNotText, exampleUnknownField, exampleTooDeep, exampleNullNotAllowed, exampleWrongType
        case exampleNotWholeNumber, exampleEnumNotString, exampleNotEnumValue, templateUnterminatedTagAtEnd, templateUnterminatedTag
        case templateUnexpectedCharacterInTag, templateClosingTagWithoutSection, templateClosingTagMismatch, templateSectionNeverClosed
        case templateTagWithoutName, templatePartialWithoutName, templateUnterminatedComment, templateInvalidSetDelimiter
        case templateInvalidPragma, templateUnknownPragma, templateUnknownContentType, templateTransformUnsupported
        case templateInheritanceUnsupported, templateDynamicPartialUnsupported, templatesFolderUnreadable, builtinTemplatesMissing
        case groovyUnterminatedString, groovyUnexpectedCharacter, groovyUnexpectedToken
        case typeNameIsEndpointName
        case zstackCheckoutWithoutDocs, zstackURLNotMethodAndPath, zstackPageWithoutURL, zstackSeveralURLs
        case zstackListWithoutElementType, zstackMapWithUnknownValueType, zstackClassWithoutDoc, zstackUnknownType
        case zstackUndocumentedPathParameter, zstackOperationIDReused, zstackTypeNameClash, zstackPageWithoutResponse
        case noSuchTemplate, templateNameMissingFromModel, templatePartialMissing, renderFailed, unsupportedConfigVersion, outputsNotAList
        case duplicateOutputPath, firstOutputHere, unknownEmitter, layoutNotSupported, perCategoryModulesNotSupported
        case perCategoryModulesNeedPerDeclarationLayout, perCategoryModulesNeedPublicAccess, minimumModuleEndpointsNeedPerCategoryModules
        case maximumModuleEndpointsNeedPerCategoryModules, moduleEndpointBoundsCombined, flattenedMethodsNotSupported
    }

    static func mirror(_ kind: DiagnosticMessage) -> Case {
        switch kind {
        case .invalidUTF8: .invalidUTF8
        case .yamlParserUnavailable: .yamlParserUnavailable
        case .emptyFile: .emptyFile
        case .invalidYAML: .invalidYAML
        case .secondYAMLDocument: .secondYAMLDocument
        case .yamlTooDeep: .yamlTooDeep
        case .duplicateKey: .duplicateKey
        case .recursiveAlias: .recursiveAlias
        case .aliasedNodeStartsHere: .aliasedNodeStartsHere
        case .aliasExpansionLimit: .aliasExpansionLimit
        case .keyFirstAppearsHere: .keyFirstAppearsHere
        case .keywordNotText: .keywordNotText
        case .unknownKeyword: .unknownKeyword
        case .missingKeyword: .missingKeyword
        case .nameNotText: .nameNotText
        case .notAMapping: .notAMapping
        case .notText: .notText
        case .emptyValue: .emptyValue
        case .notABoolean: .notABoolean
        case .notAWholeNumber: .notAWholeNumber
        case .choiceNotText: .choiceNotText
        case .invalidChoice: .invalidChoice
        case .notLocalizedText: .notLocalizedText
        case .localeNotText: .localeNotText
        case .unknownLocale: .unknownLocale
        case .notAList: .notAList
        case .missingFormatVersion: .missingFormatVersion
        case .formatVersionNotFirst: .formatVersionNotFirst
        case .quotedFormatVersion: .quotedFormatVersion
        case .unsupportedFormatVersion: .unsupportedFormatVersion
        case .noDeclarations: .noDeclarations
        case .noLocales: .noLocales
        case .unknownTimeZone: .unknownTimeZone
        case .invalidJobsPath: .invalidJobsPath
        case .bothFieldsAndValues: .bothFieldsAndValues
        case .typeWithoutFieldsOrValues: .typeWithoutFieldsOrValues
        case .builtinTypeRedefined: .builtinTypeRedefined
        case .invalidTypeName: .invalidTypeName
        case .inlineTypeWithoutName: .inlineTypeWithoutName
        case .enumWithoutValues: .enumWithoutValues
        case .invalidOperationID: .invalidOperationID
        case .getWithBody: .getWithBody
        case .outsideWrapperWithoutWrapper: .outsideWrapperWithoutWrapper
        case .historyNotAList: .historyNotAList
        case .pathWithoutLeadingSlash: .pathWithoutLeadingSlash
        case .queryInPath: .queryInPath
        case .placeholderNotWholeSegment: .placeholderNotWholeSegment
        case .unmatchedBraceInPath: .unmatchedBraceInPath
        case .duplicatePlaceholder: .duplicatePlaceholder
        case .placeholderWithoutParameter: .placeholderWithoutParameter
        case .parameterNotInPath: .parameterNotInPath
        case .optionalPathParameter: .optionalPathParameter
        case .unexpectedCharacterInType: .unexpectedCharacterInType
        case .invalidType: .invalidType
        case .expectedTypeName: .expectedTypeName
        case .bareList: .bareList
        case .listArgumentCount: .listArgumentCount
        case .mapArgumentCount: .mapArgumentCount
        case .mapKeyNotString: .mapKeyNotString
        case .typeTakesNoArguments: .typeTakesNoArguments
        case .missingClosingAngleBracket: .missingClosingAngleBracket
        case .expectedCommaOrClosingAngleBracket: .expectedCommaOrClosingAngleBracket
        case .noAPISettings: .noAPISettings
        case .apiDeclaredAgain: .apiDeclaredAgain
        case .apiFirstDeclaredHere: .apiFirstDeclaredHere
        case .typeRedefinedDifferently: .typeRedefinedDifferently
        case .typeFirstDefinedHere: .typeFirstDefinedHere
        case .operationIDReused: .operationIDReused
        case .operationIDFirstUsedHere: .operationIDFirstUsedHere
        case .unknownType: .unknownType
        case .undefinedErrorType: .undefinedErrorType
        case .swiftNameCollision: .swiftNameCollision
        case .collidingNameHere: .collidingNameHere
        case .indistinguishableEndpoints: .indistinguishableEndpoints
        case .declaredHere: .declaredHere
        case .bodyFieldReadsAsWrapper: .bodyFieldReadsAsWrapper
        case .wrapsBodyHere: .wrapsBodyHere
        case .parameterNotEncodable: .parameterNotEncodable
        case .queryParameterReadsAsMapEntry: .queryParameterReadsAsMapEntry
        case .queryConventionNotFollowed: .queryConventionNotFollowed
        case .pagingMethodIsEndpointMethod: .pagingMethodIsEndpointMethod
        case .sessionConventionNotMet: .sessionConventionNotMet
        case .exampleBodyNotDeclared: .exampleBodyNotDeclared
        case .exampleBodyNotAnObject: .exampleBodyNotAnObject
        case .exampleBodyMissingWrapper: .exampleBodyMissingWrapper
        case .exampleFieldNotTopLevel: .exampleFieldNotTopLevel
        case .exampleUnknownParameter: .exampleUnknownParameter
        case .exampleMissingParameter: .exampleMissingParameter
        case .exampleUnexpectedStatus: .exampleUnexpectedStatus
        case .exampleNotAnObject: .exampleNotAnObject
        case .exampleKeyNotText: .exampleKeyNotText
        case .exampleUnknownField: .exampleUnknownField
        case .exampleTooDeep: .exampleTooDeep
        case .exampleNullNotAllowed: .exampleNullNotAllowed
        case .exampleWrongType: .exampleWrongType
        case .exampleNotWholeNumber: .exampleNotWholeNumber
        case .exampleEnumNotString: .exampleEnumNotString
        case .exampleNotEnumValue: .exampleNotEnumValue
        case .templateUnterminatedTagAtEnd: .templateUnterminatedTagAtEnd
        case .templateUnterminatedTag: .templateUnterminatedTag
        case .templateUnexpectedCharacterInTag: .templateUnexpectedCharacterInTag
        case .templateClosingTagWithoutSection: .templateClosingTagWithoutSection
        case .templateClosingTagMismatch: .templateClosingTagMismatch
        case .templateSectionNeverClosed: .templateSectionNeverClosed
        case .templateTagWithoutName: .templateTagWithoutName
        case .templatePartialWithoutName: .templatePartialWithoutName
        case .templateUnterminatedComment: .templateUnterminatedComment
        case .templateInvalidSetDelimiter: .templateInvalidSetDelimiter
        case .templateInvalidPragma: .templateInvalidPragma
        case .templateUnknownPragma: .templateUnknownPragma
        case .templateUnknownContentType: .templateUnknownContentType
        case .templateTransformUnsupported: .templateTransformUnsupported
        case .templateInheritanceUnsupported: .templateInheritanceUnsupported
        case .templateDynamicPartialUnsupported: .templateDynamicPartialUnsupported
        case .templatesFolderUnreadable: .templatesFolderUnreadable
        case .groovyUnterminatedString: .groovyUnterminatedString
        case .groovyUnexpectedCharacter: .groovyUnexpectedCharacter
        case .groovyUnexpectedToken: .groovyUnexpectedToken
        case .zstackCheckoutWithoutDocs: .zstackCheckoutWithoutDocs
        case .typeNameIsEndpointName: .typeNameIsEndpointName
        case .zstackURLNotMethodAndPath: .zstackURLNotMethodAndPath
        case .zstackPageWithoutURL: .zstackPageWithoutURL
        case .zstackSeveralURLs: .zstackSeveralURLs
        case .zstackListWithoutElementType: .zstackListWithoutElementType
        case .zstackMapWithUnknownValueType: .zstackMapWithUnknownValueType
        case .zstackClassWithoutDoc: .zstackClassWithoutDoc
        case .zstackUnknownType: .zstackUnknownType
        case .zstackUndocumentedPathParameter: .zstackUndocumentedPathParameter
        case .zstackOperationIDReused: .zstackOperationIDReused
        case .zstackTypeNameClash: .zstackTypeNameClash
        case .zstackPageWithoutResponse: .zstackPageWithoutResponse
        case .builtinTemplatesMissing: .builtinTemplatesMissing
        case .noSuchTemplate: .noSuchTemplate
        case .templateNameMissingFromModel: .templateNameMissingFromModel
        case .templatePartialMissing: .templatePartialMissing
        case .renderFailed: .renderFailed
        case .unsupportedConfigVersion: .unsupportedConfigVersion
        case .outputsNotAList: .outputsNotAList
        case .duplicateOutputPath: .duplicateOutputPath
        case .firstOutputHere: .firstOutputHere
        case .unknownEmitter: .unknownEmitter
        case .layoutNotSupported: .layoutNotSupported
        case .perCategoryModulesNotSupported: .perCategoryModulesNotSupported
        case .perCategoryModulesNeedPerDeclarationLayout: .perCategoryModulesNeedPerDeclarationLayout
        case .perCategoryModulesNeedPublicAccess: .perCategoryModulesNeedPublicAccess
        case .minimumModuleEndpointsNeedPerCategoryModules: .minimumModuleEndpointsNeedPerCategoryModules
        case .maximumModuleEndpointsNeedPerCategoryModules: .maximumModuleEndpointsNeedPerCategoryModules
        case .moduleEndpointBoundsCombined: .moduleEndpointBoundsCombined
        case .flattenedMethodsNotSupported: .flattenedMethodsNotSupported
        }
    }

    static func sample(_ kind: Case) -> DiagnosticMessage {
        switch kind {
        case .invalidUTF8: .invalidUTF8(byte: 0xE9)
        case .yamlParserUnavailable: .yamlParserUnavailable
        case .emptyFile: .emptyFile
        case .invalidYAML: .invalidYAML(problem: "control characters are not allowed", context: nil)
        case .secondYAMLDocument: .secondYAMLDocument
        case .yamlTooDeep: .yamlTooDeep(limit: 256)
        case .duplicateKey: .duplicateKey("title")
        case .recursiveAlias: .recursiveAlias
        case .aliasedNodeStartsHere: .aliasedNodeStartsHere
        case .aliasExpansionLimit: .aliasExpansionLimit(budget: 200_000)
        case .keyFirstAppearsHere: .keyFirstAppearsHere("title")
        case .keywordNotText: .keywordNotText(found: .list)
        case .unknownKeyword: .unknownKeyword("descripton", in: .endpoint, suggestion: "description")
        case .missingKeyword: .missingKeyword("type", in: .field("name"))
        case .nameNotText: .nameNotText(in: .responseFields, found: .null)
        case .notAMapping: .notAMapping(.requestExamplePart("path"), found: .list)
        case .notText: .notText("since", found: .mapping)
        case .emptyValue: .emptyValue("path")
        case .notABoolean: .notABoolean("required", found: .text("maybe"))
        case .notAWholeNumber: .notAWholeNumber("status", range: 100...599, found: .text("2000"))
        case .choiceNotText: .choiceNotText("method", options: ["GET", "POST"], found: .list)
        case .invalidChoice: .invalidChoice("execution", found: "asynchronus", options: ["synchronous", "asynchronous"], suggestion: "asynchronous")
        case .notLocalizedText: .notLocalizedText("title", found: .emptyMapping)
        case .localeNotText: .localeNotText(found: .mapping)
        case .unknownLocale: .unknownLocale("zh-CM", declared: ["en", "zh-CN"], suggestion: "zh-CN")
        case .notAList: .notAList("category", found: .mapping)
        case .missingFormatVersion: .missingFormatVersion(expected: 1)
        case .formatVersionNotFirst: .formatVersionNotFirst(1)
        case .quotedFormatVersion: .quotedFormatVersion(1)
        case .unsupportedFormatVersion: .unsupportedFormatVersion(found: .text("2"), supported: 1)
        case .noDeclarations: .noDeclarations
        case .noLocales: .noLocales
        case .unknownTimeZone: .unknownTimeZone("Asia/Beijing")
        case .invalidJobsPath: .invalidJobsPath
        case .bothFieldsAndValues: .bothFieldsAndValues(in: .type("VmState"))
        case .typeWithoutFieldsOrValues: .typeWithoutFieldsOrValues("VmState")
        case .builtinTypeRedefined: .builtinTypeRedefined("Timestamp")
        case .invalidTypeName: .invalidTypeName("List<VmState>")
        case .inlineTypeWithoutName: .inlineTypeWithoutName(definesEnum: true, typeSpelling: "String")
        case .enumWithoutValues: .enumWithoutValues("VmState")
        case .invalidOperationID: .invalidOperationID("get-vm")
        case .getWithBody: .getWithBody
        case .outsideWrapperWithoutWrapper: .outsideWrapperWithoutWrapper
        case .historyNotAList: .historyNotAList(found: .mapping)
        case .pathWithoutLeadingSlash: .pathWithoutLeadingSlash
        case .queryInPath: .queryInPath("?")
        case .placeholderNotWholeSegment: .placeholderNotWholeSegment("name")
        case .unmatchedBraceInPath: .unmatchedBraceInPath
        case .duplicatePlaceholder: .duplicatePlaceholder("uuid")
        case .placeholderWithoutParameter: .placeholderWithoutParameter("uuid", suggestion: nil)
        case .parameterNotInPath: .parameterNotInPath("zoneUuid", path: "/zstack/v1/vm-instances/{uuid}")
        case .optionalPathParameter: .optionalPathParameter("uuid")
        case .unexpectedCharacterInType: .unexpectedCharacterInType(">", type: "String>")
        case .invalidType: .invalidType("?")
        case .expectedTypeName: .expectedTypeName(found: nil)
        case .bareList: .bareList
        case .listArgumentCount: .listArgumentCount
        case .mapArgumentCount: .mapArgumentCount
        case .mapKeyNotString: .mapKeyNotString
        case .typeTakesNoArguments: .typeTakesNoArguments("String")
        case .missingClosingAngleBracket: .missingClosingAngleBracket
        case .expectedCommaOrClosingAngleBracket: .expectedCommaOrClosingAngleBracket(found: ";")
        case .noAPISettings: .noAPISettings
        case .apiDeclaredAgain: .apiDeclaredAgain
        case .apiFirstDeclaredHere: .apiFirstDeclaredHere
        case .typeRedefinedDifferently: .typeRedefinedDifferently("VmState", difference: .valueAdded("Paused"))
        case .typeFirstDefinedHere: .typeFirstDefinedHere("VmInventory")
        case .operationIDReused: .operationIDReused("GetVm")
        case .operationIDFirstUsedHere: .operationIDFirstUsedHere("GetVm")
        case .unknownType: .unknownType("Strin", suggestion: "String")
        case .undefinedErrorType: .undefinedErrorType("ErorCode", suggestion: "ErrorCode")
        case .swiftNameCollision: .swiftNameCollision(.field, name: "vmUuid", other: "vm-uuid", swiftName: "vmUuid")
        case .collidingNameHere: .collidingNameHere("vm-uuid")
        case .indistinguishableEndpoints: .indistinguishableEndpoints(
                operationID: "GetVm", method: .GET, path: "/vms/{uuid}", other: "GetVmByName", otherMethod: .GET, otherPath: "/vms/{name}",
                sharedWrapper: nil)
        case .declaredHere: .declaredHere("GetVmByName")
        case .bodyFieldReadsAsWrapper: .bodyFieldReadsAsWrapper(field: "stopVm", operationID: "StartVm", other: "StopVm", method: .PUT, path: "/vms")
        case .wrapsBodyHere: .wrapsBodyHere(operationID: "StopVm", wrapper: "stopVm")
        case .parameterNotEncodable: .parameterNotEncodable("X-Tags", type: "List<String>", as: .header)
        case .queryParameterReadsAsMapEntry: .queryParameterReadsAsMapEntry("clientInfo.ip", map: "clientInfo")
        case .queryConventionNotFollowed:
            .queryConventionNotFollowed(operationID: "QueryVm", conditions: "q", requirement: .integerParameter("limit", keyword: "limit"))
        case .pagingMethodIsEndpointMethod: .pagingMethodIsEndpointMethod(operationID: "QueryVmItems", query: "QueryVm", swiftName: "queryVmItems")
        case .sessionConventionNotMet: .sessionConventionNotMet(.noSessionID(operationID: "LogIn", path: "inventory.uuid"))
        case .exampleBodyNotDeclared: .exampleBodyNotDeclared
        case .exampleBodyNotAnObject: .exampleBodyNotAnObject(found: .array)
        case .exampleBodyMissingWrapper: .exampleBodyMissingWrapper("params", misplacedField: nil)
        case .exampleFieldNotTopLevel: .exampleFieldNotTopLevel("nmae", wrapper: "params", belongsInWrapper: false, suggestion: "name")
        case .exampleUnknownParameter: .exampleUnknownParameter("limt", kind: .query, operationID: "ListVms", suggestion: "limit")
        case .exampleMissingParameter: .exampleMissingParameter("uuid", kind: .path)
        case .exampleUnexpectedStatus: .exampleUnexpectedStatus(404, documented: 200, errorStatuses: [503])
        case .exampleNotAnObject: .exampleNotAnObject(ValuePath("body"), found: .string)
        case .exampleKeyNotText: .exampleKeyNotText
        case .exampleUnknownField: .exampleUnknownField("cpuNumber", owner: .type("VmInventory"), suggestion: nil)
        case .exampleTooDeep: .exampleTooDeep(ValuePath("body"), limit: 64)
        case .exampleNullNotAllowed: .exampleNullNotAllowed(ValuePath("body").member("params").member("name"))
        case .exampleWrongType: .exampleWrongType(ValuePath("limit"), expected: .wholeNumber, type: "Integer", found: .string, text: "all")
        case .exampleNotWholeNumber: .exampleNotWholeNumber(ValuePath("limit"), type: "Integer", text: "1.5")
        case .exampleEnumNotString: .exampleEnumNotString(ValuePath("state"), enum: "VmState", found: .number, text: "1")
        case .exampleNotEnumValue: .exampleNotEnumValue(ValuePath("body").member("state"), value: "Runing", enum: "VmState", suggestion: "Running")
        case .templateUnterminatedTagAtEnd: .templateUnterminatedTagAtEnd(startDelimiter: "{{")
        case .templateUnterminatedTag: .templateUnterminatedTag(expected: "}}")
        case .templateUnexpectedCharacterInTag: .templateUnexpectedCharacterInTag("n", expected: "}}")
        case .templateClosingTagWithoutSection: .templateClosingTagWithoutSection("a")
        case .templateClosingTagMismatch: .templateClosingTagMismatch("b", open: "a")
        case .templateSectionNeverClosed: .templateSectionNeverClosed("open")
        case .templateTagWithoutName: .templateTagWithoutName
        case .templatePartialWithoutName: .templatePartialWithoutName
        case .templateUnterminatedComment: .templateUnterminatedComment(endDelimiter: "}}")
        case .templateInvalidSetDelimiter: .templateInvalidSetDelimiter(startDelimiter: "{{", endDelimiter: "}}")
        case .templateInvalidPragma: .templateInvalidPragma
        case .templateUnknownPragma: .templateUnknownPragma("ESCAPING")
        case .templateUnknownContentType: .templateUnknownContentType("JSON")
        case .templateTransformUnsupported: .templateTransformUnsupported("uppercased(name)")
        case .templateInheritanceUnsupported: .templateInheritanceUnsupported("<")
        case .templateDynamicPartialUnsupported: .templateDynamicPartialUnsupported
        case .templatesFolderUnreadable: .templatesFolderUnreadable
        case .groovyUnterminatedString: .groovyUnterminatedString
        case .groovyUnexpectedCharacter: .groovyUnexpectedCharacter("@")
        case .groovyUnexpectedToken: .groovyUnexpectedToken(found: "'}'", expected: "a value")
        case .zstackCheckoutWithoutDocs: .zstackCheckoutWithoutDocs("zstack")
        case .typeNameIsEndpointName: .typeNameIsEndpointName(type: "StartVm", operationID: "StartVm", swiftName: "StartVm")
        case .zstackURLNotMethodAndPath: .zstackURLNotMethodAndPath("/v1/zones")
        case .zstackPageWithoutURL: .zstackPageWithoutURL
        case .zstackSeveralURLs: .zstackSeveralURLs(operationIDs: ["QueryZone", "QueryZoneByUuid"])
        case .zstackListWithoutElementType: .zstackListWithoutElementType(field: "uuids", importedAs: "List<JSON>")
        case .zstackMapWithUnknownValueType: .zstackMapWithUnknownValueType(field: "tags")
        case .zstackClassWithoutDoc: .zstackClassWithoutDoc(className: "NicInfo", field: "nics")
        case .zstackUnknownType: .zstackUnknownType("Thing", field: "thing")
        case .zstackUndocumentedPathParameter: .zstackUndocumentedPathParameter("uuid")
        case .zstackOperationIDReused: .zstackOperationIDReused("QueryZone")
        case .zstackTypeNameClash: .zstackTypeNameClash("Info", importedAs: "VmInfo")
        case .zstackPageWithoutResponse: .zstackPageWithoutResponse
        case .builtinTemplatesMissing: .builtinTemplatesMissing
        case .noSuchTemplate: .noSuchTemplate("swift-client/Type")
        case .templateNameMissingFromModel: .templateNameMissingFromModel(template: "swift-client/Type", name: "typeName")
        case .templatePartialMissing: .templatePartialMissing(template: "swift-client/Type", partial: "header")
        case .renderFailed: .renderFailed("disk full")
        case .unsupportedConfigVersion: .unsupportedConfigVersion(found: .text("2"))
        case .outputsNotAList: .outputsNotAList
        case .duplicateOutputPath: .duplicateOutputPath("Sources/Client")
        case .firstOutputHere: .firstOutputHere
        case .unknownEmitter: .unknownEmitter("swift-clinet", known: ["markdown", "swift-client"], suggestion: "swift-client")
        case .layoutNotSupported: .layoutNotSupported(.perSpecFile, emitter: "markdown")
        case .perCategoryModulesNotSupported: .perCategoryModulesNotSupported(emitter: "markdown")
        case .perCategoryModulesNeedPerDeclarationLayout: .perCategoryModulesNeedPerDeclarationLayout
        case .perCategoryModulesNeedPublicAccess: .perCategoryModulesNeedPublicAccess
        case .minimumModuleEndpointsNeedPerCategoryModules: .minimumModuleEndpointsNeedPerCategoryModules
        case .maximumModuleEndpointsNeedPerCategoryModules: .maximumModuleEndpointsNeedPerCategoryModules
        case .moduleEndpointBoundsCombined: .moduleEndpointBoundsCombined
        case .flattenedMethodsNotSupported: .flattenedMethodsNotSupported(emitter: "markdown")
        }
    }
}
