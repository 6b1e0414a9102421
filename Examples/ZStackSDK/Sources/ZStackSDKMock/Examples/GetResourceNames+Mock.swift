public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceNames``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceNamesExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "93e2a4e869b4349021bcd4977cdae224",
              "resourceName": "resourceName",
              "resourceType": "resourceType",
              "concreteResourceType": "concreteResourceType"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceNames(
        _ request: GetResourceNames.Request
    ) async throws -> GetResourceNames.Response {
        try Self.example(GetResourceNames.Response.self, json: Self.getResourceNamesExample)
    }
}
