public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoNode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoNodeExample = #"""
        {
          "value": {
            "label": "label",
            "children": []
          },
          "optionalValue": {
            "label": "label",
            "children": []
          },
          "nullableValue": {
            "label": "label",
            "children": []
          },
          "outsideValue": {
            "label": "label",
            "children": []
          },
          "nested": {
            "value": {
              "label": "label",
              "children": []
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoNode(
        _ request: EchoNode.Request
    ) async throws -> EchoNode.Response {
        try Self.example(EchoNode.Response.self, json: Self.echoNodeExample)
    }
}
