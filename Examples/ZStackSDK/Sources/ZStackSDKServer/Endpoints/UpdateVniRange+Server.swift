import ZStackSDK

/// The server side of ``UpdateVniRange``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous.
nonisolated enum UpdateVniRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVniRange.operation, bodyWrapper: "updateVniRange") { call in
            let request = try call.decodeBody(wrapper: "updateVniRange") { body in
                let name = try body.wrappedField(String.self, "name")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVniRange.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: try call.required(name, .bodyField("updateVniRange.name")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVniRange(request) }
        }
    }
}
