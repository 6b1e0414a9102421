import ZStackSDK

/// The server side of ``UpdateIpRange``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/ip-ranges/{uuid}/actions`, asynchronous.
nonisolated enum UpdateIpRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateIpRange.operation, bodyWrapper: "updateIpRange") { call in
            let request = try call.decodeBody(wrapper: "updateIpRange") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateIpRange.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateIpRange(request) }
        }
    }
}
