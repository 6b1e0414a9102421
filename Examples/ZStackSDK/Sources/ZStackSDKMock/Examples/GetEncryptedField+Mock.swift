public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetEncryptedField``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getEncryptedFieldExample = #"""
        {
          "encryptedFields": [
            "encryptedFields"
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getEncryptedField(
        _ request: GetEncryptedField.Request
    ) async throws -> GetEncryptedField.Response {
        try Self.example(GetEncryptedField.Response.self, json: Self.getEncryptedFieldExample)
    }
}
