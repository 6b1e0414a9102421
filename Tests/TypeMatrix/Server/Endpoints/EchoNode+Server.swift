import MatrixAPI

/// The server side of ``EchoNode``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/echo/node`, synchronous.
nonisolated enum EchoNodeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: EchoNode.operation, bodyWrapper: "echoNode") { call in
            let request = try call.decodeBody(wrapper: "echoNode") { body in
                let value = try body.wrappedField(Node.self, "value")
                let optionalValue = try body.wrappedField(Node.self, "optionalValue")
                let nullableValue = try body.wrappedField(Node.self, "nullableValue")
                let outsideValue = try body.fieldBesideWrapper(Node.self, "outsideValue")
                return EchoNode.Request(
                    value: try call.required(value, .bodyField("echoNode.value")),
                    optionalValue: optionalValue,
                    nullableValue: nullableValue,
                    outsideValue: outsideValue
                )
            }
            return { try await handler.echoNode(request) }
        }
    }
}
