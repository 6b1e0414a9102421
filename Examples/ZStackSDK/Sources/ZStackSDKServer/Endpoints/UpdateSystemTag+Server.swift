import ZStackSDK

/// The server side of ``UpdateSystemTag``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/system-tags/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSystemTagServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateSystemTag.operation, bodyWrapper: "updateSystemTag") { call in
            let request = try call.decodeBody(wrapper: "updateSystemTag") { body in
                let tag = try body.wrappedField(String.self, "tag")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSystemTag.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    tag: try call.required(tag, .bodyField("updateSystemTag.tag")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSystemTag(request) }
        }
    }
}
