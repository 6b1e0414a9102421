import ZStackSDK

/// The server side of ``UpdateL3Network``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous.
nonisolated enum UpdateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateL3Network.operation, bodyWrapper: "updateL3Network") { call in
            let request = try call.decodeBody(wrapper: "updateL3Network") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let system = try body.wrappedField(Bool.self, "system")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let category = try body.wrappedField(UpdateL3NetworkCategory.self, "category")
                let dnsDomain = try body.wrappedField(String.self, "dnsDomain")
                return UpdateL3Network.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    system: system,
                    systemTags: systemTags,
                    userTags: userTags,
                    category: category,
                    dnsDomain: dnsDomain
                )
            }
            return { try await handler.updateL3Network(request) }
        }
    }
}
