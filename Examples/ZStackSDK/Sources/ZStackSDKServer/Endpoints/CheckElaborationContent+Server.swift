import ZStackSDK

/// The server side of ``CheckElaborationContent``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/errorcode/elaborations/check`, synchronous.
nonisolated enum CheckElaborationContentServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckElaborationContent.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let elaborateFile = try body.wrappedField(String.self, "elaborateFile")
                let elaborateContent = try body.wrappedField(String.self, "elaborateContent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CheckElaborationContent.Request(
                    elaborateFile: elaborateFile,
                    elaborateContent: elaborateContent,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.checkElaborationContent(request) }
        }
    }
}
